import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { runEvaluationHref } from "../../lib/config/paths.ts";
import { ApplyProposalsSection } from "./apply-proposals-section.tsx";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { useMeeting } from "./get-meeting.ts";
import { MeetingRecordForm } from "./meeting-record-form.tsx";
import { MeetingRecordText } from "./meeting-record-text.tsx";
import { ProposalForm } from "./proposal-form.tsx";
import { ProposalItem } from "./proposal-item.tsx";

/**
 * The evaluation meeting: the whole working group's record of what worked, what to change and how they
 * shared the work; the changes they propose to the plan, decided together; and taking the accepted ones
 * into the next run.
 */
export function MeetingView({ runId }: { runId: string }) {
  const { t } = useEvaluationLanguage();
  const meeting = useMeeting(runId);
  const [status, setStatus] = useState("");
  const data = meeting.data;

  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={runEvaluationHref(runId)}>{t("evaluation.backToTab")}</RouterLink>
        </Link>
      </Paragraph>
      <Heading level={2} data-size="md">
        {t("evaluation.meeting.heading")}
      </Heading>
      {meeting.isPending ? (
        <LoadingStatus label={t("evaluation.meeting.loading")} />
      ) : !data ? (
        <ErrorAlert
          heading={t("evaluation.meeting.loadError")}
          error={meeting.error}
          onRetry={() => void meeting.refetch()}
          retryLabel={t("evaluation.retry")}
          retrying={meeting.isFetching}
        />
      ) : (
        <>
          <Paragraph>{t("evaluation.meeting.intro")}</Paragraph>
          {data.abilities.canEdit ? (
            // Keyed by run: a draft belongs to one run's meeting.
            <MeetingRecordForm key={runId} runId={runId} meeting={data} />
          ) : (
            <MeetingRecordText meeting={data} />
          )}
          <section className="stack" aria-labelledby="proposals-heading">
            <Heading id="proposals-heading" level={3} data-size="sm">
              {t("evaluation.proposals.heading")}
            </Heading>
            <Paragraph data-size="sm">{t("evaluation.proposals.intro")}</Paragraph>
            <div role="status" className="evaluation-status">
              {status ? <Paragraph>{status}</Paragraph> : null}
            </div>
            {data.proposals.length === 0 ? (
              <Paragraph>{t("evaluation.proposals.empty")}</Paragraph>
            ) : (
              <ul className="card-list">
                {data.proposals.map((proposal) => (
                  <ProposalItem
                    key={proposal.id}
                    runId={runId}
                    proposal={proposal}
                    canEdit={data.abilities.canEdit}
                    announce={setStatus}
                  />
                ))}
              </ul>
            )}
            {data.abilities.canEdit ? <ProposalForm key={runId} runId={runId} /> : null}
          </section>
          <ApplyProposalsSection key={runId} runId={runId} meeting={data} />
        </>
      )}
    </div>
  );
}
