import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import { useFormLabels } from "./form-labels.ts";

type Props = {
  form: EvaluationFormView;
  /** A 412 told of `storedVersion`, and the person has not yet chosen what happens to their changes. */
  unresolvedVersion: number | null;
  onReview: () => void;
  /** Someone else saved while the person edits, and they do not know yet (the list was read again). */
  newerSaved: boolean;
};

/** What the person editing should know about others' saves: a choice still to make, or a newer version. */
export function DraftNotices({ form, unresolvedVersion, onReview, newerSaved }: Props) {
  const { t, role } = useFormLabels();
  if (unresolvedVersion !== null) {
    return (
      <Alert data-color="warning" className="stack evaluation-tight">
        <Paragraph>{t("evaluationForm.conflict.unresolved", { version: unresolvedVersion })}</Paragraph>
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={onReview}>
            {t("evaluationForm.conflict.review")}
          </Button>
        </div>
      </Alert>
    );
  }
  if (!newerSaved) return null;
  return (
    <Alert data-color="info">
      <Paragraph>
        {form.lastEdit
          ? t("evaluationForm.conflict.newerSaved", {
              name: form.lastEdit.authorName,
              role: role(form.lastEdit.authorRole),
              version: form.version,
            })
          : t("evaluationForm.conflict.newerSavedUnknown", { version: form.version })}
      </Paragraph>
    </Alert>
  );
}
