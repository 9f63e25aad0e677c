import type { InvitationPreview } from "@sidestilt/domain/invitation.schema";
import { useTranslation } from "react-i18next";

/** Who invited whom, to which unit, in which role. */
export function InvitationDetails({ preview }: { preview: InvitationPreview }) {
  const { t } = useTranslation();
  const facts = [
    { label: t("invitation.unit"), value: preview.unitName },
    { label: t("invitation.role"), value: t(`roles.${preview.role}`) },
    { label: t("invitation.invitedBy"), value: preview.invitedByName },
    { label: t("invitation.email"), value: preview.email },
  ];
  return (
    <dl className="account-facts">
      {facts.map((fact) => (
        <div key={fact.label} className="account-facts__item">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
