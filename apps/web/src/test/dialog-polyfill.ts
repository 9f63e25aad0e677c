/**
 * jsdom has `<dialog>` but not its methods. A small stand-in with the behaviour the app relies on:
 * `showModal()` opens it and moves focus in, Esc fires `cancel` and closes it, `close()` fires `close`
 * and gives focus back to where it was. (No inertness of the page behind: tests query by role anyway.)
 */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype as HTMLDialogElement & { __sidestiltPolyfill?: boolean };
  if (typeof proto.showModal === "function" || proto.__sidestiltPolyfill) return;
  const openers = new WeakMap<HTMLDialogElement, Element | null>();

  function onKeyDown(this: HTMLDialogElement, event: KeyboardEvent) {
    if (event.key !== "Escape" || !this.open) return;
    event.preventDefault();
    if (this.dispatchEvent(new Event("cancel", { cancelable: true }))) this.close();
  }

  function open(dialog: HTMLDialogElement) {
    if (dialog.open) return;
    openers.set(dialog, document.activeElement);
    dialog.setAttribute("open", "");
    dialog.addEventListener("keydown", onKeyDown);
    const first = dialog.querySelector<HTMLElement>("[autofocus], button, input, select, textarea, a[href]");
    (first ?? dialog).focus();
  }

  Object.defineProperty(proto, "__sidestiltPolyfill", { value: true });
  proto.showModal = function showModal(this: HTMLDialogElement) {
    open(this);
  };
  proto.show = function show(this: HTMLDialogElement) {
    open(this);
  };
  proto.close = function close(this: HTMLDialogElement, returnValue?: string) {
    if (!this.open) return;
    if (returnValue !== undefined) this.returnValue = returnValue;
    this.removeAttribute("open");
    this.removeEventListener("keydown", onKeyDown);
    const opener = openers.get(this);
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    this.dispatchEvent(new Event("close"));
  };
}
