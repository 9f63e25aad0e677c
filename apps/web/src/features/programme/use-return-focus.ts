import { useEffect, useLayoutEffect, useRef } from "react";

/**
 * While `open`, remembers what had focus when it opened (the button that opened a form); when it
 * closes, gives focus back to that element if it is still on the page, else to `fallback()`.
 * (Layout effects run before the opened form's own effect moves focus into it.)
 */
export function useReturnFocus(open: boolean, fallback?: () => HTMLElement | null | undefined) {
  const opener = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(open);
  const fallbackRef = useRef(fallback);

  useLayoutEffect(() => {
    fallbackRef.current = fallback;
    if (open && !wasOpen.current) {
      // The opener may already be gone (replaced by what it opened): then the fallback finds its successor.
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    }
  });

  useEffect(() => {
    if (!open && wasOpen.current) {
      const target = opener.current?.isConnected ? opener.current : fallbackRef.current?.();
      target?.focus();
      opener.current = null;
    }
    wasOpen.current = open;
  }, [open]);
}
