import { Alert, Button, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { RunPhase } from "@sidestilt/domain/phase";
import type { SignOff } from "@sidestilt/domain/sign-off.schema";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { ConfirmDialog } from "../../components/ui/confirm-dialog.tsx";
import { isLanguage } from "../../i18n/languages.ts";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { BlockerList } from "./blocker-list.tsx";
import { useSignStep } from "./sign-step.ts";
import { blockersOf, useTransitionRun } from "./transition-run.ts";
import { useWithdrawSignature } from "./withdraw-signature.ts";

type Step = SignOff["steps"][number];
type Signature = Step["signatures"][number];

type Props = {
  runId: string;
  step: Step;
  /** The run's current version: the one a signature is given on. */
  version: number;
  /** The signed-in person. */
  personId: string | undefined;
  courseHref: string;
  announce: (message: string) => void;
  /** After the run moved to `target`. */
  onAdvanced: (target: RunPhase) => void;
};

const staleSchema = z.object({ version: z.number().int() });

/**
 * One step the run may take next (to the next phase, or cancelled): who has signed it and whether each
 * signature still counts, what is missing, and, as the person may, sign, withdraw their signature, or
 * take the step. Cancelling asks first.
 */
export function SignOffStep({ runId, step, version, personId, courseHref, announce, onAdvanced }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const sign = useSignStep();
  const withdraw = useWithdrawSignature();
  const transition = useTransitionRun();
  const [confirming, setConfirming] = useState(false);
  const target = step.target;
  const cancel = target === "CANCELLED";
  const headingId = `sign-off-step-${target}`;
  const own = step.signatures.find((signature) => signature.personId === personId && signature.valid);

  /** Why a signature no longer counts: the run changed since, or the signer left the group or role. */
  function voidedBecause(signature: Signature): string {
    return signature.version === version ? t("signOff.signature.notInGroup") : t("signOff.signature.olderVersion");
  }

  function advance() {
    transition.mutate(
      { runId, targetPhase: target },
      {
        onSuccess: () => {
          setConfirming(false);
          onAdvanced(target);
        },
      },
    );
  }

  const staleVersion =
    sign.error instanceof ApiError && sign.error.code === "signature_stale"
      ? staleSchema.safeParse(sign.error.problem.current).data?.version
      : undefined;
  const transitionBlockers = blockersOf(transition.error);
  const transitionError = transition.error ? (
    <Alert data-color="danger" role="alert" className="stack sign-off-tight">
      {transitionBlockers.length > 0 ? (
        <>
          <Paragraph>{t("signOff.blockedNow")}</Paragraph>
          <BlockerList blockers={transitionBlockers} target={target} courseHref={courseHref} />
        </>
      ) : (
        <Paragraph>{t(`errors.${errorKeyOf(transition.error)}`)}</Paragraph>
      )}
    </Alert>
  ) : null;

  return (
    <section className="sign-off-step stack" aria-labelledby={headingId} data-testid={`sign-off-step-${target}`}>
      <Heading id={headingId} level={3} data-size="sm">
        {t(`signOff.steps.${target}.heading`)}
      </Heading>
      <Paragraph>{t(cancel ? "signOff.requirementCancel" : "signOff.requirement", { version })}</Paragraph>

      <div className="stack sign-off-tight">
        <Heading level={4} data-size="2xs">
          {t("signOff.signaturesHeading")}
        </Heading>
        {step.signatures.length === 0 ? (
          <Paragraph>{t("signOff.noSignatures")}</Paragraph>
        ) : (
          <ul className="sign-off-signatures">
            {step.signatures.map((signature) => (
              <li
                key={`${signature.personId}-${signature.version}`}
                className={signature.valid ? "sign-off-signature" : "sign-off-signature sign-off-signature--void"}
              >
                <span>
                  {t("signOff.signature.text", {
                    name: signature.name,
                    role: t(`roles.${signature.role}`),
                    version: signature.version,
                    when: formatDateTime(signature.signedAt, language),
                  })}
                </span>{" "}
                <Tag data-color={signature.valid ? "success" : "warning"} data-size="sm">
                  {signature.valid ? t("signOff.signature.counts") : t("signOff.signature.voided")}
                </Tag>
                {signature.valid ? null : <span className="sign-off-signature__note">{voidedBecause(signature)}</span>}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="stack sign-off-tight">
        <Heading level={4} data-size="2xs">
          {t("signOff.blockersHeading")}
        </Heading>
        {step.blockers.length === 0 ? (
          <Paragraph>{t("signOff.ready", { version })}</Paragraph>
        ) : (
          <BlockerList blockers={step.blockers} target={target} courseHref={courseHref} />
        )}
      </div>

      {staleVersion !== undefined || sign.error ? (
        <Alert data-color="warning" role="alert">
          <Paragraph>
            {staleVersion !== undefined
              ? t("signOff.stale", { version: staleVersion })
              : t(`errors.${errorKeyOf(sign.error)}`)}
          </Paragraph>
        </Alert>
      ) : null}
      {withdraw.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(`errors.${errorKeyOf(withdraw.error)}`)}</Paragraph>
        </Alert>
      ) : null}
      {!cancel || !confirming ? transitionError : null}

      {step.canSign || own || step.canAdvance ? (
        <div className="button-row">
          {step.canSign ? (
            <Button
              type="button"
              loading={sign.isPending}
              onClick={() => {
                if (sign.isPending) return;
                withdraw.reset();
                sign.mutate(
                  { runId, targetPhase: target, version },
                  {
                    onSuccess: () =>
                      announce(t("signOff.signed", { step: t(`signOff.steps.${target}.name`), version })),
                  },
                );
              }}
            >
              {t(`signOff.steps.${target}.sign`)}
            </Button>
          ) : null}
          {own ? (
            <Button
              type="button"
              variant="secondary"
              loading={withdraw.isPending}
              onClick={() => {
                if (withdraw.isPending) return;
                sign.reset();
                withdraw.mutate(
                  { runId, targetPhase: target },
                  { onSuccess: () => announce(t("signOff.withdrawn", { step: t(`signOff.steps.${target}.name`) })) },
                );
              }}
            >
              {t(`signOff.steps.${target}.withdraw`)}
            </Button>
          ) : null}
          {step.canAdvance ? (
            <Button
              type="button"
              variant={cancel ? "secondary" : "primary"}
              data-color={cancel ? "danger" : undefined}
              loading={!cancel && transition.isPending}
              onClick={() => {
                if (transition.isPending) return;
                if (cancel) {
                  transition.reset();
                  setConfirming(true);
                } else advance();
              }}
            >
              {t(`signOff.steps.${target}.advance`)}
            </Button>
          ) : null}
        </div>
      ) : (
        <Paragraph data-size="sm">{t("signOff.cannotSign")}</Paragraph>
      )}

      {cancel ? (
        <ConfirmDialog
          open={confirming}
          title={t("signOff.cancelDialog.title")}
          confirmLabel={t("signOff.cancelDialog.confirm")}
          pendingLabel={t("signOff.cancelDialog.pending")}
          cancelLabel={t("signOff.cancelDialog.keep")}
          danger
          pending={transition.isPending}
          error={transitionError}
          onClose={() => {
            setConfirming(false);
            transition.reset();
          }}
          onConfirm={advance}
        >
          <Paragraph>{t("signOff.cancelDialog.body")}</Paragraph>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
