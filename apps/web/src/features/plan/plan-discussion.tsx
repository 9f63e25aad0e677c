import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { newCommentSchema, newDecisionSchema } from "@sidestilt/domain/plan.schema";
import { useId } from "react";
import { ErrorAlert } from "../../components/ui/error-alert.tsx";
import { LoadingStatus } from "../../components/ui/loading-status.tsx";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { useAddPlanComment } from "./add-plan-comment.ts";
import { useAddPlanDecision } from "./add-plan-decision.ts";
import { usePlanThread } from "./get-plan-thread.ts";
import { usePlanLabels } from "./plan-labels.ts";
import { PlanPostForm } from "./plan-post-form.tsx";

type Props = { runId: string; elementId: string; elementName: string; canEdit: boolean };

/**
 * An element's discussion: the decisions the working group recorded first and marked as such (who
 * recorded them, in which role and phase), then the comments, oldest first, each with its author and
 * role. Everyone who may edit the plan may comment and record a decision: the same weight for all.
 */
export function PlanDiscussion({ runId, elementId, elementName, canEdit }: Props) {
  const { t, language, role } = usePlanLabels();
  const headingId = useId();
  const fieldPrefix = useId();
  const thread = usePlanThread(elementId);
  const addComment = useAddPlanComment();
  const addDecision = useAddPlanDecision();

  return (
    <section className="plan-panel stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={4} data-size="xs">
        {t("plan.discussion.heading", { element: elementName })}
      </Heading>
      <Paragraph data-size="sm">{t("plan.discussion.intro")}</Paragraph>
      {thread.isPending ? (
        <LoadingStatus label={t("plan.discussion.loading")} />
      ) : !thread.data ? (
        <ErrorAlert
          heading={t("plan.discussion.loadError")}
          error={thread.error}
          onRetry={() => void thread.refetch()}
          retryLabel={t("plan.retry")}
          retrying={thread.isFetching}
        />
      ) : (
        <>
          <div className="stack plan-tight">
            <Heading level={5} data-size="2xs">
              {t("plan.discussion.decisionsHeading")}
            </Heading>
            {thread.data.decisions.length === 0 ? (
              <Paragraph data-size="sm">{t("plan.discussion.noDecisions")}</Paragraph>
            ) : (
              <ul className="plan-decisions">
                {thread.data.decisions.map((decision) => (
                  <li key={decision.id} className="plan-decision">
                    <span className="plan-decision__label">{t("plan.discussion.decisionLabel")}</span>
                    <div className="plan-text">{decision.text}</div>
                    <Paragraph data-size="sm" className="plan-byline">
                      {t("plan.discussion.decisionBy", {
                        name: decision.authorName,
                        role: role(decision.authorRole),
                        phase: t(`enums.phase.${decision.phase}`),
                        date: formatDateTime(decision.createdAt, language),
                      })}
                    </Paragraph>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="stack plan-tight">
            <Heading level={5} data-size="2xs">
              {t("plan.discussion.commentsHeading")}
            </Heading>
            {thread.data.comments.length === 0 ? (
              <Paragraph data-size="sm">{t("plan.discussion.noComments")}</Paragraph>
            ) : (
              <ol className="plan-comments">
                {thread.data.comments.map((comment) => (
                  <li key={comment.id} className="plan-comment">
                    <Paragraph data-size="sm" className="plan-byline">
                      {t("plan.discussion.commentBy", {
                        name: comment.authorName,
                        role: role(comment.authorRole),
                        date: formatDateTime(comment.createdAt, language),
                      })}
                    </Paragraph>
                    <div className="plan-text">{comment.body}</div>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </>
      )}
      {canEdit ? (
        <>
          <PlanPostForm
            id={`${fieldPrefix}-comment`}
            field="body"
            schema={newCommentSchema}
            label={t("plan.discussion.commentLabel")}
            submitLabel={t("plan.discussion.commentSubmit")}
            pendingLabel={t("plan.discussion.commentSending")}
            errorHeading={t("plan.discussion.commentError")}
            doneMessage={t("plan.discussion.commentAdded")}
            pending={addComment.isPending}
            error={addComment.error}
            onSubmit={(body, done) =>
              addComment.mutate({ runId, elementId, input: { body } }, { onSuccess: () => done() })
            }
          />
          <PlanPostForm
            id={`${fieldPrefix}-decision`}
            field="text"
            schema={newDecisionSchema}
            label={t("plan.discussion.decisionFieldLabel")}
            description={t("plan.discussion.decisionFieldHelp")}
            submitLabel={t("plan.discussion.decisionSubmit")}
            pendingLabel={t("plan.discussion.decisionSending")}
            errorHeading={t("plan.discussion.decisionError")}
            doneMessage={t("plan.discussion.decisionAdded")}
            pending={addDecision.isPending}
            error={addDecision.error}
            onSubmit={(text, done) =>
              addDecision.mutate({ runId, elementId, input: { text } }, { onSuccess: () => done() })
            }
          />
        </>
      ) : null}
    </section>
  );
}
