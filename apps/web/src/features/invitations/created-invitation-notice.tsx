import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import { invitationValidDays } from "@sidestilt/domain/invitation.schema";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CopyField } from "../../components/ui/copy-field.tsx";
import type { CreatedInvitation } from "./create-invitation.ts";

/**
 * What happened to a new invitation: emailed, or (without SMTP, or for someone without email access)
 * a link for the coordinator to pass on. Takes focus, as the form it answers has been emptied.
 */
export function CreatedInvitationNotice({ created }: { created: CreatedInvitation }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { invitation, link } = created;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <Alert data-color="success" className="stack" data-testid="created-invitation">
      <Heading ref={heading} level={4} data-size="xs" tabIndex={-1} className="section-heading">
        {link ? t("invitations.created.linkHeading") : t("invitations.created.emailedHeading")}
      </Heading>
      {link ? (
        <>
          <Paragraph>{t("invitations.created.linkIntro")}</Paragraph>
          <Paragraph>
            {t("invitations.created.linkInstruction", {
              name: invitation.name,
              email: invitation.email,
              days: invitationValidDays,
            })}
          </Paragraph>
          <CopyField
            id="invitation-link"
            label={t("invitations.created.linkLabel")}
            value={link}
            copyLabel={t("invitations.created.copy")}
            copiedMessage={t("invitations.created.copied")}
            copyFailedMessage={t("invitations.created.copyFailed")}
          />
        </>
      ) : (
        <Paragraph>{t("invitations.created.emailed", { email: invitation.email })}</Paragraph>
      )}
    </Alert>
  );
}
