import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationFormView } from "@sidestilt/domain/evaluation-forms-api.schema";
import { errorKeyOf } from "../../lib/api-error.ts";
import { staleSignatureVersionOf } from "./form-conflict.ts";
import { useFormLabels } from "./form-labels.ts";
import { useSignEvaluationForm, useWithdrawEvaluationFormSignature } from "./sign-evaluation-form.ts";

type Props = {
  courseId: string;
  form: EvaluationFormView;
  /** The person has changes that are not saved: they would sign something other than what they see. */
  dirty: boolean;
  announce: (message: string) => void;
};

/** The roles that must both sign one version before answers can be collected with it. */
const signingRoles = ["USER_REPRESENTATIVE", "PROFESSIONAL"] as const;

/**
 * Co-signing the saved version: who has signed it (name and role), which role is still missing, and
 * "Signer denne versjonen" (with If-Match) or "Trekk signaturen" as the person may. Signing waits
 * while there are unsaved changes: a signature is given on the saved version, not on what is on screen.
 */
export function FormSigning({ courseId, form, dirty, announce }: Props) {
  const { t, role, when } = useFormLabels();
  const sign = useSignEvaluationForm();
  const withdraw = useWithdrawEvaluationFormSignature();
  const { version, signatures, abilities } = form;
  const missing = signingRoles.filter((needed) => !signatures.some((signature) => signature.role === needed));
  const staleVersion = staleSignatureVersionOf(sign.error);
  const ref = { courseId, kind: form.kind };

  return (
    <div className="stack">
      <Paragraph>{t("evaluationForm.signing.intro")}</Paragraph>
      {version === 0 ? (
        <Paragraph>{t("evaluationForm.signing.notSaved")}</Paragraph>
      ) : (
        <div className="stack evaluation-tight">
          <Paragraph>{t("evaluationForm.signing.onVersion", { version })}</Paragraph>
          {signatures.length === 0 ? (
            <Paragraph>{t("evaluationForm.signing.none", { version })}</Paragraph>
          ) : (
            <ul className="evaluation-signatures">
              {signatures.map((signature) => (
                <li key={signature.personId}>
                  {t("evaluationForm.signing.signature", {
                    name: signature.name,
                    role: role(signature.role),
                    date: when(signature.signedAt),
                  })}
                </li>
              ))}
            </ul>
          )}
          {missing.length === 0 ? (
            <Paragraph>{t("evaluationForm.signing.complete", { version })}</Paragraph>
          ) : (
            <ul className="evaluation-signatures">
              {missing.map((needed) => (
                <li key={needed}>{t(`evaluationForm.signing.missing.${needed}`)}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {staleVersion !== null || sign.error ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>
            {staleVersion !== null
              ? t("evaluationForm.signing.stale", { version: staleVersion })
              : `${t("evaluationForm.signing.signError")} ${t(`errors.${errorKeyOf(sign.error)}`)}`}
          </Paragraph>
        </Alert>
      ) : null}
      {withdraw.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>
            {t("evaluationForm.signing.withdrawError")} {t(`errors.${errorKeyOf(withdraw.error)}`)}
          </Paragraph>
        </Alert>
      ) : null}

      {abilities.canSign && dirty ? <Paragraph>{t("evaluationForm.signing.saveFirst")}</Paragraph> : null}
      {abilities.canSign || abilities.hasSigned ? (
        <div className="button-row">
          {abilities.canSign ? (
            <Button
              type="button"
              disabled={dirty}
              loading={sign.isPending}
              onClick={() => {
                if (sign.isPending) return;
                withdraw.reset();
                sign.mutate(
                  { ...ref, version },
                  { onSuccess: () => announce(t("evaluationForm.signing.signed", { version })) },
                );
              }}
            >
              {t("evaluationForm.signing.sign", { version })}
            </Button>
          ) : null}
          {abilities.hasSigned ? (
            <Button
              type="button"
              variant="secondary"
              loading={withdraw.isPending}
              onClick={() => {
                if (withdraw.isPending) return;
                sign.reset();
                withdraw.mutate(ref, {
                  onSuccess: () => announce(t("evaluationForm.signing.withdrawn", { version })),
                });
              }}
            >
              {t("evaluationForm.signing.withdraw")}
            </Button>
          ) : null}
        </div>
      ) : version > 0 && abilities.canEdit ? (
        <Paragraph data-size="sm">{t("evaluationForm.signing.cannotSign")}</Paragraph>
      ) : null}
    </div>
  );
}
