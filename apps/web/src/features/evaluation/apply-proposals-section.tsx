import { Alert, Button, Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { EvaluationMeeting } from "@sidestilt/domain/evaluation-meeting.schema";
import { type FormEvent, useState } from "react";
import { Link as RouterLink } from "react-router";
import { SelectField } from "../../components/ui/select-field.tsx";
import { errorKeyOf } from "../../lib/api-error.ts";
import { courseHref, runHref } from "../../lib/config/paths.ts";
import { formatDate } from "../../lib/format.ts";
import { useApplyProposals } from "./apply-proposals.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";

type Props = { runId: string; meeting: EvaluationMeeting };
type Applied = { runId: string; startsOn: string; count: number };

/**
 * "Ta med endringene i neste gjennomføring": the accepted proposals go into a later run's plan, which
 * its working group then signs again (a user representative and a professional) before it can leave
 * planning. Without a later run, the way to make one.
 */
export function ApplyProposalsSection({ runId, meeting }: Props) {
  const { t, language } = useEvaluationLanguage();
  const apply = useApplyProposals();
  const waiting = meeting.proposals.filter((proposal) => proposal.status === "ACCEPTED" && !proposal.appliedTo);
  const [target, setTarget] = useState(meeting.nextRuns[0]?.runId ?? "");
  const [applied, setApplied] = useState<Applied | null>(null);
  const chosen = meeting.nextRuns.find((run) => run.runId === target) ?? meeting.nextRuns[0];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (apply.isPending || !chosen) return;
    setApplied(null);
    apply.mutate(
      { runId, targetRunId: chosen.runId },
      {
        onSuccess: (result) => {
          setApplied({ runId: result.targetRunId, startsOn: chosen.startsOn, count: result.applied });
          requestAnimationFrame(() => document.getElementById("apply-heading")?.focus());
        },
      },
    );
  }

  return (
    <section className="stack" aria-labelledby="apply-heading">
      <Heading id="apply-heading" level={3} data-size="sm" tabIndex={-1} className="section-heading">
        {t("evaluation.apply.heading")}
      </Heading>
      <div role="status" className="evaluation-status">
        {applied ? (
          <Alert data-color="success">
            <Paragraph>
              {t("evaluation.apply.done", { count: applied.count, date: formatDate(applied.startsOn, language) })}{" "}
              <Link asChild>
                <RouterLink to={runHref(applied.runId)}>{t("evaluation.apply.openPlan")}</RouterLink>
              </Link>
            </Paragraph>
            <Paragraph>{t("evaluation.apply.signAgain")}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {waiting.length === 0 ? (
        applied ? null : (
          <Paragraph>{t("evaluation.apply.nothingWaiting")}</Paragraph>
        )
      ) : meeting.nextRuns.length === 0 ? (
        <Paragraph>
          {t("evaluation.apply.noNextRun")}{" "}
          <Link asChild>
            <RouterLink to={courseHref(meeting.courseId)}>{t("evaluation.apply.toCourse")}</RouterLink>
          </Link>
        </Paragraph>
      ) : (
        <>
          <Paragraph>{t("evaluation.apply.intro", { count: waiting.length })}</Paragraph>
          {meeting.abilities.canEdit ? (
            <form className="stack evaluation-tight" noValidate onSubmit={handleSubmit}>
              <SelectField
                id="apply-target"
                label={t("evaluation.apply.targetLabel")}
                value={chosen?.runId ?? ""}
                onChange={(event) => setTarget(event.target.value)}
              >
                {meeting.nextRuns.map((run) => (
                  <option key={run.runId} value={run.runId}>
                    {formatDate(run.startsOn, language)}
                  </option>
                ))}
              </SelectField>
              {apply.error ? (
                <Alert data-color="danger" role="alert">
                  <Paragraph>
                    {t("evaluation.apply.error")} {t(`errors.${errorKeyOf(apply.error)}`)}
                  </Paragraph>
                </Alert>
              ) : null}
              <div>
                <Button type="submit" loading={apply.isPending}>
                  {apply.isPending ? t("evaluation.apply.applying") : t("evaluation.apply.submit")}
                </Button>
              </div>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}
