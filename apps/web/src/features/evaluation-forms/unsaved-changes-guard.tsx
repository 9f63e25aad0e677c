import { Paragraph } from "@digdir/designsystemet-react";
import { useEffect } from "react";
import { useBlocker } from "react-router";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { useFormLabels } from "./form-labels.ts";

/**
 * Warns before the person leaves the builder with changes that are not saved: a link within the app
 * asks in a dialog (stay, or leave without saving); closing or reloading the tab gets the browser's
 * own question.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const { t } = useFormLabels();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      title={t("evaluationForm.leave.title")}
      confirmLabel={t("evaluationForm.leave.confirm")}
      pendingLabel={t("evaluationForm.leave.confirm")}
      cancelLabel={t("evaluationForm.leave.stay")}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
      danger
    >
      <Paragraph>{t("evaluationForm.leave.body")}</Paragraph>
    </ConfirmDialog>
  );
}
