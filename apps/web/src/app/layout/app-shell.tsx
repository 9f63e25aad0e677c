import { SkipLink } from "@digdir/designsystemet-react";
import { type MouseEvent, type ReactNode, useRef } from "react";
import { useTranslation } from "react-i18next";
import { AppFooter } from "./app-footer.tsx";
import { useFocusOnNavigate } from "./use-focus-on-navigate.ts";

/** Skip link, header, `<main id="main">` and footer around a page. */
export function AppShell({ header, children }: { header: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);

  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    // Focus directly rather than adding "#main" to the history, which the router would see as a navigation.
    event.preventDefault();
    mainRef.current?.focus();
  }

  return (
    <div className="app-shell">
      <SkipLink href="#main" onClick={skipToMain}>
        {t("app.skipLink")}
      </SkipLink>
      {header}
      <main id="main" tabIndex={-1} ref={mainRef} className="app-main">
        {children}
      </main>
      <AppFooter />
    </div>
  );
}
