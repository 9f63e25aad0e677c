import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { dismissFailedSignInsNotice, useFailedSignInsNotice } from "./failed-sign-ins-store.ts";

/** Warns, once after signing in, about failed sign-ins on the account since the previous sign-in. */
export function FailedSignInsNotice() {
  const { t } = useTranslation();
  const count = useFailedSignInsNotice();
  if (count === 0) return null;

  function dismiss() {
    dismissFailedSignInsNotice();
    // The button disappears with the notice; put focus back at the top of the page.
    document.querySelector<HTMLElement>("main h1")?.focus();
  }

  return (
    <Alert data-color="warning" className="stack notice">
      <Paragraph>{t("signIn.failedSignIns", { count })}</Paragraph>
      <Paragraph>{t("signIn.failedSignInsAdvice")}</Paragraph>
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={dismiss}>
          {t("signIn.dismiss")}
        </Button>
      </div>
    </Alert>
  );
}
