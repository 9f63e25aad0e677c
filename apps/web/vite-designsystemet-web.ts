import type { Plugin } from "vite";

/*
 * designsystemet-react's Field and Details import all of @digdir/designsystemet-web, so every page got
 * every custom element and polyfill Designsystemet has: a combobox, tabs, a popover polyfill with
 * floating-ui, pagination, breadcrumbs, tooltips (27 kB gzip). The header's language switch and the
 * catalogue's filters were enough to put all of it on a phone's first page.
 *
 * This plugin narrows those two imports to the small behaviours that other components count on without
 * importing anything themselves (ErrorSummary, Fieldset, Dialog, checkbox and radio fields). The parts
 * left out belong to components that import the whole package themselves (Tabs, Suggestion, Popover,
 * Tooltip, Pagination, Breadcrumbs, Search), so using one of those later still brings what it needs;
 * ToggleGroup, which imports nothing, is given its own two parts below.
 */
const wholePackage = 'import "@digdir/designsystemet-web";';

const sharedParts = [
  "ds-field", // ties a field's label, description and error message to its input; counts characters
  "ds-error-summary", // takes focus when it appears, named by its heading
  "fieldset", // names a fieldset by its legend and description
  "clickdelegatefor", // a click on a checkbox's or radio's field (or a card) reaches its input
  "readonly", // read-only checkboxes, radios and selects stay unchanged
  "dialog", // Dialog: light dismiss (closedby="any") and non-modal opening
  "details", // Details: a summary's role and state for screen readers in Firefox on Android
];

// command/commandfor (Dialog's close button): only browsers without them download the polyfill. Its
// own feature test, so that the check needs none of its code.
const invokersWhereMissing = `if (typeof HTMLButtonElement !== "undefined" && !("command" in HTMLButtonElement.prototype && "source" in ((globalThis.CommandEvent || {}).prototype || {}))) import("@digdir/designsystemet-web/invokers");`;

const importsOf = (parts: string[]) => parts.map((part) => `import "@digdir/designsystemet-web/${part}";`).join("\n");

const component = (name: string) =>
  new RegExp(
    `[\\\\/]@digdir[\\\\/]designsystemet-react[\\\\/]dist[\\\\/]esm[\\\\/]components[\\\\/]${name}[\\\\/]${name}\\.js$`,
  );

export function designsystemetWebParts(): Plugin[] {
  return [
    {
      name: "sidestilt:designsystemet-web-parts",
      enforce: "pre",
      transform: {
        filter: { id: [component("field"), component("details")] },
        handler(code, id) {
          if (!code.includes(wholePackage)) {
            // A new designsystemet-react imports it differently: look again at what the components need.
            this.error(`${id} no longer has \`${wholePackage}\`: update vite-designsystemet-web.ts`);
          }
          return { code: code.replace(wholePackage, `${importsOf(sharedParts)}\n${invokersWhereMissing}`), map: null };
        },
      },
    },
    {
      name: "sidestilt:designsystemet-web-toggle-group",
      enforce: "pre",
      transform: {
        filter: { id: component("toggle-group") },
        handler(code) {
          // Arrow keys and roles within a toggle group; no other component uses these two.
          return { code: `${importsOf(["toggle-group", "focusgroup"])}\n${code}`, map: null };
        },
      },
    },
  ];
}
