import { Button, Dialog, Heading } from "@digdir/designsystemet-react";
import { type ReactNode, useEffect, useId, useLayoutEffect, useRef } from "react";

type Props = {
  open: boolean;
  title: string;
  /** What will happen, in plain words. */
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** Called on cancel, on Esc and when the caller should close the dialog. */
  onClose: () => void;
  pending?: boolean;
  /** An error from the last attempt (an alert), shown inside the dialog so the person can try again or cancel. */
  error?: ReactNode;
  danger?: boolean;
};

/**
 * Asks before an action that is hard to undo. A native modal `<dialog>` (Designsystemet's Dialog): the
 * page behind is inert and Esc closes it. Focus starts on "cancel" (the safe choice) and goes back to
 * the button that opened it, or to the page heading when that button is gone (the action removed it).
 */
export function ConfirmDialog(props: Props) {
  const { open, title, children, confirmLabel, pendingLabel, cancelLabel, onConfirm, onClose } = props;
  const titleId = useId();
  const bodyId = useId();
  const opener = useRef<HTMLElement | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Layout effects run before the Dialog's own effect opens it, so focus is still on the opener here.
  useLayoutEffect(() => {
    if (open && !wasOpen.current) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
  }, [open]);

  useEffect(() => {
    if (open && !wasOpen.current) cancel.current?.focus();
    if (!open && wasOpen.current) {
      const target = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>("main h1");
      target?.focus();
      opener.current = null;
    }
    wasOpen.current = open;
  }, [open]);

  return (
    <Dialog
      open={open}
      onClose={onClose}
      closeButton={false}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="confirm-dialog"
    >
      <div className="stack">
        <Heading id={titleId} level={2} data-size="xs">
          {title}
        </Heading>
        <div id={bodyId} className="stack">
          {children}
        </div>
        {props.error}
        <div className="button-row">
          <Button
            type="button"
            data-color={props.danger ? "danger" : undefined}
            loading={props.pending}
            onClick={() => {
              if (!props.pending) onConfirm();
            }}
          >
            {props.pending ? pendingLabel : confirmLabel}
          </Button>
          <Button ref={cancel} type="button" variant="secondary" onClick={onClose}>
            {cancelLabel}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
