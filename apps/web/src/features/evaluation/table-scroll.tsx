import { type ReactNode, useLayoutEffect, useRef, useState } from "react";

/**
 * A results table that scrolls sideways inside itself when it is wider than the screen (320 px, or text
 * enlarged to 200 %), so the page never does (WCAG 1.4.10). Only then is it a named, focusable region
 * that a keyboard can scroll: a results page has a table per question, and a tab stop on each one that
 * fits would only be in the way.
 */
export function TableScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const box = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const check = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    check();
    if (typeof ResizeObserver === "undefined") return;
    // The box follows the screen's width; the table inside follows the text size.
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);

  // A section without a name is no landmark: it becomes the region "<caption>" only while it scrolls.
  return (
    <section
      ref={box}
      className="scroll-region"
      aria-labelledby={scrolls ? labelledBy : undefined}
      // Focusable only while it scrolls: a keyboard must be able to scroll it.
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </section>
  );
}
