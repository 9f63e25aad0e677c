import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationCollection } from "@sidestilt/domain/evaluation-collection.schema";
import { useState } from "react";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { errorKeyOf } from "../../lib/api-error.ts";
import { useCloseCollection } from "./close-collection.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";

type Props = {
  runId: string;
  collection: EvaluationCollection;
  /** After closing: the section says so and takes focus (the button is gone). */
  onClosed: () => void;
};

/** "Avslutt innsamlingen", asked first: nobody can answer afterwards, and it cannot be undone. */
export function CloseCollectionButton({ runId, collection, onClosed }: Props) {
  const { t } = useEvaluationLanguage();
  const close = useCloseCollection();
  const [confirming, setConfirming] = useState(false);
  const error = close.error ? (
    <Alert data-color="danger" role="alert">
      <Paragraph>
        {t("evaluation.tab.closeError")} {t(`errors.${errorKeyOf(close.error)}`)}
      </Paragraph>
    </Alert>
  ) : null;

  return (
    <>
      <div>
        <Button
          type="button"
          variant="secondary"
          data-color="danger"
          onClick={() => {
            close.reset();
            setConfirming(true);
          }}
        >
          {t("evaluation.tab.close")}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("evaluation.tab.closeDialog.title")}
        confirmLabel={t("evaluation.tab.closeDialog.confirm")}
        pendingLabel={t("evaluation.tab.closeDialog.pending")}
        cancelLabel={t("evaluation.tab.closeDialog.keep")}
        danger
        pending={close.isPending}
        error={error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          close.mutate(
            { runId, collectionId: collection.id, version: collection.version },
            {
              onSuccess: () => {
                setConfirming(false);
                onClosed();
              },
            },
          )
        }
      >
        <Paragraph>{t("evaluation.tab.closeDialog.body")}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
