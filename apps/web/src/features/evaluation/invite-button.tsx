import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { errorKeyOf } from "../../lib/api-error.ts";
import { useEvaluationLanguage } from "./evaluation-format.ts";
import { type InvitationsSent, useInviteParticipants } from "./invite-participants.ts";

type Props = { runId: string; collectionId: string; announce: (message: string) => void };

/** "Send lenke på e-post til deltakerne": a single-use link to each confirmed participant not yet invited. */
export function InviteButton({ runId, collectionId, announce }: Props) {
  const { t } = useEvaluationLanguage();
  const invite = useInviteParticipants();

  const sentMessage = ({ newlyInvited }: InvitationsSent) =>
    newlyInvited === null
      ? t("evaluation.tab.invitedFew")
      : newlyInvited === 0
        ? t("evaluation.tab.invitedNone")
        : t("evaluation.tab.invitedCount", { count: newlyInvited });

  return (
    <div className="stack evaluation-tight">
      <div>
        <Button
          type="button"
          variant="secondary"
          loading={invite.isPending}
          onClick={() => {
            if (invite.isPending) return;
            announce("");
            invite.mutate({ runId, collectionId }, { onSuccess: (sent) => announce(sentMessage(sent)) });
          }}
        >
          {invite.isPending ? t("evaluation.tab.inviting") : t("evaluation.tab.invite")}
        </Button>
      </div>
      <Paragraph data-size="sm">{t("evaluation.tab.inviteHelp")}</Paragraph>
      {invite.error ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>
            {t("evaluation.tab.inviteError")} {t(`errors.${errorKeyOf(invite.error)}`)}
          </Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
