import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { invitationValidDays } from "@sidestilt/domain/invitation.schema";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CreatedInvitation } from "./create-invitation.ts";
import { CreatedInvitationNotice } from "./created-invitation-notice.tsx";
import { InvitationForm } from "./invitation-form.tsx";
import { InvitationList } from "./invitation-list.tsx";

type Props = { unitId: string; userOrganisations: readonly { id: string; name: string }[] };

/** Invitations to a unit, for those who manage its people: the form, what became of the last one, the list. */
export function UnitInvitations({ unitId, userOrganisations }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const formHeadingId = useId();
  const listHeadingId = useId();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  // A new key empties the form once an invitation is made.
  const [formKey, setFormKey] = useState(0);

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("invitations.heading")}
      </Heading>
      <section className="stack" aria-labelledby={formHeadingId}>
        <Heading id={formHeadingId} level={3} data-size="sm">
          {t("invitations.form.heading")}
        </Heading>
        <Paragraph>{t("invitations.form.intro", { days: invitationValidDays })}</Paragraph>
        {created ? <CreatedInvitationNotice key={created.invitation.id} created={created} /> : null}
        <InvitationForm
          key={formKey}
          unitId={unitId}
          userOrganisations={userOrganisations}
          onCreated={(answer) => {
            setCreated(answer);
            setFormKey((key) => key + 1);
          }}
        />
      </section>
      <section className="stack" aria-labelledby={listHeadingId}>
        <Heading id={listHeadingId} level={3} data-size="sm">
          {t("invitations.listHeading")}
        </Heading>
        <InvitationList unitId={unitId} />
      </section>
    </section>
  );
}
