import { Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import { evaluationFormKinds } from "@sidestilt/domain/evaluation-form.schema";
import type { EvaluationChain } from "@sidestilt/domain/evaluation-meeting.schema";
import { Link as RouterLink } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import {
  evaluationComparisonHref,
  evaluationFormHref,
  evaluationMeetingHref,
  evaluationResultsHref,
  runEvaluationHref,
  runHref,
} from "../../lib/config/paths.ts";
import { formatDate } from "../../lib/format.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { useEvaluationChain } from "./get-evaluation-chain.ts";

type ChainRun = EvaluationChain["runs"][number];

/**
 * "Evaluering og forbedring" on the course page: the quality cycle run by run. What each run's
 * evaluation collected, whether the meeting was written down, what it proposed and decided, which later
 * run took the changes in, and which earlier run a run builds on. Links to the forms and the comparison.
 */
export function EvaluationChainSection({ courseId }: { courseId: string }) {
  const { t, language } = useEvaluationLanguage();
  const chain = useEvaluationChain(courseId);
  const runs = chain.data?.runs ?? [];
  const dateOf = (runId: string) => {
    const run = runs.find((candidate) => candidate.runId === runId);
    return run ? formatDate(run.startsOn, language) : "";
  };

  return (
    <section className="stack" aria-labelledby="evaluation-chain-heading">
      <Heading id="evaluation-chain-heading" level={2} data-size="md">
        {t("evaluation.chain.heading")}
      </Heading>
      <Paragraph>{t("evaluation.chain.intro")}</Paragraph>
      <ul className="plain-list evaluation-links">
        {evaluationFormKinds.map((kind) => (
          <li key={kind}>
            <Link asChild>
              <RouterLink to={evaluationFormHref(courseId, kind)}>
                {t("evaluation.chain.formLink", { kind: t(`evaluation.kinds.${kind}.name`) })}
              </RouterLink>
            </Link>
          </li>
        ))}
        <li>
          <Link asChild>
            <RouterLink to={evaluationComparisonHref(courseId)}>{t("evaluation.chain.compareLink")}</RouterLink>
          </Link>
        </li>
      </ul>
      {chain.isPending ? (
        <LoadingStatus label={t("evaluation.chain.loading")} />
      ) : !chain.data ? (
        <ErrorAlert
          heading={t("evaluation.chain.loadError")}
          error={chain.error}
          onRetry={() => void chain.refetch()}
          retryLabel={t("evaluation.retry")}
          retrying={chain.isFetching}
        />
      ) : runs.length === 0 ? (
        <Paragraph>{t("evaluation.chain.empty")}</Paragraph>
      ) : (
        <ol className="card-list evaluation-chain">
          {runs.map((run) => (
            <ChainItem key={run.runId} run={run} dateOf={dateOf} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ChainItem({ run, dateOf }: { run: ChainRun; dateOf: (runId: string) => string }) {
  const { t, language } = useEvaluationLanguage();
  const { proposals } = run;
  const proposalCount = proposals.proposed + proposals.accepted + proposals.rejected;
  return (
    <li className="person-item stack evaluation-tight" data-testid="chain-run">
      <div className="person-item__head">
        <Heading level={3} data-size="xs">
          <Link asChild>
            <RouterLink to={runEvaluationHref(run.runId)}>
              {t("evaluation.chain.runHeading", { date: formatDate(run.startsOn, language) })}
            </RouterLink>
          </Link>
        </Heading>
        <Tag data-color="neutral">{t(`enums.phase.${run.phase}`)}</Tag>
      </div>
      {run.takenFrom.length > 0 ? (
        <Paragraph data-size="sm">
          {t("evaluation.chain.buildsOn")}{" "}
          {run.takenFrom.map((from, index) => (
            <span key={from}>
              {index > 0 ? ", " : null}
              <Link asChild>
                <RouterLink to={runEvaluationHref(from)}>{dateOf(from)}</RouterLink>
              </Link>
            </span>
          ))}
        </Paragraph>
      ) : null}
      <ul className="evaluation-chain__steps">
        {run.collections.length === 0 ? (
          <li>{t("evaluation.chain.noCollections")}</li>
        ) : (
          run.collections.map((collection) => (
            <li key={collection.collectionId}>
              {t(`evaluation.kinds.${collection.kind}.name`)}:{" "}
              {collection.status === "OPEN" ? (
                t("evaluation.chain.collecting")
              ) : collection.resultsAvailable ? (
                <Link asChild>
                  <RouterLink to={evaluationResultsHref(run.runId, collection.collectionId)}>
                    {t("evaluation.chain.results")}
                  </RouterLink>
                </Link>
              ) : (
                t("evaluation.chain.tooFew")
              )}
            </li>
          ))
        )}
        <li>
          {run.meetingRecorded ? (
            <Link asChild>
              <RouterLink to={evaluationMeetingHref(run.runId)}>{t("evaluation.chain.meetingRecorded")}</RouterLink>
            </Link>
          ) : (
            t("evaluation.chain.noMeeting")
          )}
        </li>
        {proposalCount > 0 ? (
          <li>
            {t("evaluation.chain.proposals", {
              count: proposalCount,
              accepted: proposals.accepted,
              rejected: proposals.rejected,
            })}
          </li>
        ) : null}
        {run.carriedInto.map((into) => (
          <li key={into}>
            {t("evaluation.chain.carriedInto")}{" "}
            <Link asChild>
              <RouterLink to={runHref(into)}>{dateOf(into)}</RouterLink>
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
