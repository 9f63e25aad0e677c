import type { ReactNode } from "react";

/**
 * A wide element (a table) that scrolls sideways inside itself on a narrow screen, so the page never
 * does (WCAG 1.4.10). A scrollable region must be reachable by keyboard and named: it takes focus and
 * is labelled by the heading or caption with `labelledBy`.
 */
export function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard
    <section className="scroll-region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
