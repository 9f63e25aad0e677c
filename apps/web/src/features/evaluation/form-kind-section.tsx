import { Alert, Button, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { EvaluationCollection, RunEvaluation } from "@sidestilt/domain/evaluation-collection.schema";
import type { EvaluationFormKind } from "@sidestilt/domain/evaluation-form.schema";
import { useRef, useState } from "react";
import { Link as RouterLink } from "react-router";
import { errorKeyOf } from "../../lib/api-error.ts";
import { evaluationFormHref } from "../../lib/config/paths.ts";
import { ClosedCollectionPanel } from "./closed-collection-panel.tsx";
import { cannotStartReason } from "./collection-phase.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { useOpenCollection } from "./open-collection.ts";
import { OpenCollectionPanel } from "./open-collection-panel.tsx";
import type { QuestionFieldComponent } from "./question-field-props.ts";

type Props = {
  evaluation: RunEvaluation;
  kind: EvaluationFormKind;
  QuestionField: QuestionFieldComponent;
};

/**
 * One kind of form on the run's evaluation tab: whether a co-signed version exists (and where to sign
 * it), then its collection: start it, follow it while it is open, or read what it gave once closed.
 */
export function FormKindSection({ evaluation, kind, QuestionField }: Props) {
  const { t } = useEvaluationLanguage();
  const open = useOpenCollection();
  const [status, setStatus] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = `evaluation-kind-${kind}`;
  const signedVersion = evaluation.forms.find((form) => form.kind === kind)?.signedVersion ?? null;
  const collection: EvaluationCollection | undefined = evaluation.collections.find((c) => c.kind === kind);
  const canManage = evaluation.abilities.canManage;
  const notNow = cannotStartReason(evaluation.phase);
  const formHref = evaluationFormHref(evaluation.courseId, kind);

  /** After an action removed the button that had focus: say what happened and keep the place. */
  function settle(message: string) {
    setStatus(message);
    requestAnimationFrame(() => heading.current?.focus());
  }

  return (
    <section className="evaluation-kind stack" aria-labelledby={headingId} data-testid={`evaluation-kind-${kind}`}>
      <div className="evaluation-kind__head">
        <Heading ref={heading} id={headingId} level={3} data-size="sm" tabIndex={-1} className="section-heading">
          {t(`evaluation.kinds.${kind}.name`)}
        </Heading>
        {collection ? (
          <Tag data-color={collection.status === "OPEN" ? "info" : "neutral"}>
            {t(`evaluation.status.${collection.status}`)}
          </Tag>
        ) : null}
      </div>
      <Paragraph data-size="sm">{t(`evaluation.kinds.${kind}.about`)}</Paragraph>
      <div role="status" className="evaluation-status">
        {status ? <Paragraph>{status}</Paragraph> : null}
      </div>

      {signedVersion === null ? (
        <Paragraph>
          {t("evaluation.tab.unsigned")}{" "}
          <Link asChild>
            <RouterLink to={formHref}>{t("evaluation.tab.toForm")}</RouterLink>
          </Link>
        </Paragraph>
      ) : (
        <Paragraph>
          {t("evaluation.tab.signed", { version: signedVersion })}{" "}
          <Link asChild>
            <RouterLink to={formHref}>{t("evaluation.tab.seeForm")}</RouterLink>
          </Link>
        </Paragraph>
      )}

      {collection?.status === "OPEN" ? (
        <OpenCollectionPanel
          runId={evaluation.runId}
          collection={collection}
          canManage={canManage}
          QuestionField={QuestionField}
          announce={setStatus}
          onClosed={() => settle(t("evaluation.tab.closed"))}
        />
      ) : collection ? (
        <ClosedCollectionPanel runId={evaluation.runId} collection={collection} />
      ) : notNow ? (
        <Paragraph>{t(`evaluation.tab.cannotStart.${notNow}`)}</Paragraph>
      ) : signedVersion === null ? null : canManage ? (
        <div className="stack evaluation-tight">
          <Paragraph>{t("evaluation.tab.readyToStart", { version: signedVersion })}</Paragraph>
          <div>
            <Button
              type="button"
              loading={open.isPending}
              onClick={() => {
                if (open.isPending) return;
                open.mutate(
                  { runId: evaluation.runId, kind },
                  { onSuccess: () => settle(t("evaluation.tab.started")) },
                );
              }}
            >
              {open.isPending ? t("evaluation.tab.starting") : t("evaluation.tab.start")}
            </Button>
          </div>
          {open.error ? (
            <Alert data-color="danger" role="alert">
              <Paragraph>
                {t("evaluation.tab.startError")} {t(`errors.${errorKeyOf(open.error)}`)}
              </Paragraph>
            </Alert>
          ) : null}
        </div>
      ) : (
        <Paragraph>{t("evaluation.tab.notStarted")}</Paragraph>
      )}
    </section>
  );
}
