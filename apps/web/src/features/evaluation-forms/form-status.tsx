import type { EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import { useFormLabels } from "./form-labels.ts";

type Props = { form: EvaluationFormView };

/**
 * Where the form stands: the version signed by both roles (or none yet), whether the saved draft has
 * changed since (then it must be signed again before it can be used), and who saved it last.
 */
export function FormStatus({ form }: Props) {
  const { t, role, when } = useFormLabels();
  const { version, signedVersion, lastEdit } = form;
  const draft =
    version === 0
      ? t("evaluationForm.status.draftDefaults")
      : signedVersion === version
        ? t("evaluationForm.status.draftSigned", { version })
        : signedVersion === null
          ? t("evaluationForm.status.draftUnsigned", { version })
          : t("evaluationForm.status.draftChanged", { version, signedVersion });
  return (
    <dl className="facts evaluation-form-status" data-testid="evaluation-form-status">
      <div className="facts__item">
        <dt>{t("evaluationForm.status.signed")}</dt>
        <dd>
          {signedVersion === null
            ? t("evaluationForm.status.notSigned")
            : t("evaluationForm.status.signedVersion", { version: signedVersion })}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t("evaluationForm.status.draft")}</dt>
        <dd>{draft}</dd>
      </div>
      <div className="facts__item">
        <dt>{t("evaluationForm.status.lastEdit")}</dt>
        <dd>
          {lastEdit
            ? t("evaluationForm.status.lastEditBy", {
                name: lastEdit.authorName,
                role: role(lastEdit.authorRole),
                date: when(lastEdit.at),
              })
            : t("evaluationForm.status.neverSaved")}
        </dd>
      </div>
    </dl>
  );
}
