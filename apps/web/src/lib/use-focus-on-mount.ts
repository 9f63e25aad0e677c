import { useEffect, useRef } from "react";

/**
 * Focuses the element once, when it appears. For content that replaces what had focus (a form
 * replaced by its confirmation, a second step): without it, focus falls back to the page's start and
 * keyboard and screen reader users lose their place. The element needs `tabIndex={-1}` unless it is
 * focusable anyway.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
  }, [enabled]);
  return ref;
}
