import { type RefObject, useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * After client-side navigation, move focus to the new page's `<h1>` (or `<main>`), so keyboard and
 * screen reader users start at the new content, as they would after a full page load. The first
 * render is left alone (the browser starts at the top of the document).
 */
export function useFocusOnNavigate(mainRef: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = mainRef.current;
    if (!main) return;
    (main.querySelector<HTMLElement>("h1") ?? main).focus();
  }, [pathname, mainRef]);
}
