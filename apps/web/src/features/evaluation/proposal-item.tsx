import { Alert, Button, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { ProposalStatus, RevisionProposal } from "@sidestilt/domain/evaluation-meeting.schema";
import { useRef } from "react";
import { Link as RouterLink } from "react-router";
import { errorKeyOf } from "../../lib/api-error.ts";
import { runHref } from "../../lib/config/paths.ts";
import { formatDate } from "../../lib/format.ts";
import { useDecideProposal } from "./decide-proposal.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";

type Props = {
  runId: string;
  proposal: RevisionProposal;
  canEdit: boolean;
  announce: (message: string) => void;
};

const statusColors: Record<ProposalStatus, "info" | "success" | "neutral"> = {
  PROPOSED: "info",
  ACCEPTED: "success",
  REJECTED: "neutral",
};

/**
 * One revision proposal: the plan element, the finding behind it, the new text, who proposed it and
 * what the group decided. Until it is taken into a later run, the group may accept, reject or reopen it.
 */
export function ProposalItem({ runId, proposal, canEdit, announce }: Props) {
  const { t, language } = useEvaluationLanguage();
  const decide = useDecideProposal();
  const heading = useRef<HTMLHeadingElement>(null);
  const element = t(`plan.elements.${proposal.elementKind}.name`);
  const headingId = `proposal-${proposal.id}`;
  const person = (who: { name: string; role: RevisionProposal["author"]["role"] }) =>
    t("evaluation.proposals.person", { name: who.name, role: t(`plan.roleInText.${who.role}`) });

  function setStatus(status: ProposalStatus) {
    if (decide.isPending) return;
    decide.mutate(
      { runId, proposalId: proposal.id, version: proposal.version, status },
      {
        onSuccess: () => {
          announce(t(`evaluation.proposals.decided.${status}`, { element }));
          // The button pressed is replaced by others: keep the place at the proposal.
          requestAnimationFrame(() => heading.current?.focus());
        },
      },
    );
  }

  return (
    <li className="proposal stack evaluation-tight" data-testid="proposal">
      <div className="evaluation-kind__head">
        <Heading ref={heading} id={headingId} level={4} data-size="xs" tabIndex={-1} className="section-heading">
          {element}
        </Heading>
        <Tag data-color={statusColors[proposal.status]}>{t(`evaluation.proposals.status.${proposal.status}`)}</Tag>
      </div>
      <dl className="facts proposal__facts">
        <div className="facts__item">
          <dt>{t("evaluation.proposals.finding")}</dt>
          <dd className="meeting-text">{proposal.finding}</dd>
        </div>
        <div className="facts__item">
          <dt>{t("evaluation.proposals.proposedText")}</dt>
          <dd className="meeting-text">{proposal.proposedText}</dd>
        </div>
        <div className="facts__item">
          <dt>{t("evaluation.proposals.author")}</dt>
          <dd>{person(proposal.author)}</dd>
        </div>
        {proposal.decidedBy ? (
          <div className="facts__item">
            <dt>{t(`evaluation.proposals.decidedBy.${proposal.status === "REJECTED" ? "REJECTED" : "ACCEPTED"}`)}</dt>
            <dd>{person(proposal.decidedBy)}</dd>
          </div>
        ) : null}
        {proposal.appliedTo ? (
          <div className="facts__item">
            <dt>{t("evaluation.proposals.appliedTo")}</dt>
            <dd>
              <Link asChild>
                <RouterLink to={runHref(proposal.appliedTo.runId)}>
                  {t("evaluation.proposals.appliedToRun", { date: formatDate(proposal.appliedTo.startsOn, language) })}
                </RouterLink>
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {decide.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>
            {t("evaluation.proposals.decideError")} {t(`errors.${errorKeyOf(decide.error)}`)}
          </Paragraph>
        </Alert>
      ) : null}
      {canEdit && !proposal.appliedTo ? (
        <div className="button-row">
          {proposal.status === "PROPOSED" ? (
            <>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                loading={decide.isPending && decide.variables?.status === "ACCEPTED"}
                onClick={() => setStatus("ACCEPTED")}
                aria-describedby={headingId}
              >
                {t("evaluation.proposals.accept")}
              </Button>
              <Button
                type="button"
                variant="secondary"
                data-size="sm"
                loading={decide.isPending && decide.variables?.status === "REJECTED"}
                onClick={() => setStatus("REJECTED")}
                aria-describedby={headingId}
              >
                {t("evaluation.proposals.reject")}
              </Button>
            </>
          ) : (
            <Button
              type="button"
              variant="tertiary"
              data-size="sm"
              loading={decide.isPending}
              onClick={() => setStatus("PROPOSED")}
              aria-describedby={headingId}
            >
              {t("evaluation.proposals.reopen")}
            </Button>
          )}
        </div>
      ) : null}
    </li>
  );
}
