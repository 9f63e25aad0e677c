import { Button, Heading, Link, Tag } from "@digdir/designsystemet-react";
import type { Registration } from "@sidestilt/domain/registration.schema";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../i18n/languages.ts";
import { formatDate } from "../../lib/format.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="participant-card__fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const statusColors = {
  CONFIRMED: "success",
  OFFERED: "info",
  WAITING: "warning",
  EXPIRED: "neutral",
  CANCELLED: "neutral",
} as const;

type Props = {
  registration: Registration;
  /** Offers "cancel" (asks first); absent when the viewer may not or the registration is over. */
  onCancel?: (registration: Registration) => void;
};

/** One participant as course leaders see them: how to reach them, what they need, and where they stand. */
export function ParticipantCard({ registration, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const r = registration;
  return (
    <li className="participant-card">
      <div className="participant-card__head">
        <Heading level={4} data-size="2xs">
          {r.position !== null ? t("registrations.list.numbered", { position: r.position, name: r.name }) : r.name}
        </Heading>
        <Tag data-color={statusColors[r.status]}>{t(`registrations.status.${r.status}`)}</Tag>
      </div>
      <dl className="participant-card__facts">
        <Fact label={t("registrations.list.role")}>{t(`registrations.role.${r.participantRole}`)}</Fact>
        {r.email ? (
          <Fact label={t("registrations.fields.email")}>
            <Link href={`mailto:${r.email}`}>{r.email}</Link>
          </Fact>
        ) : null}
        {r.phone ? (
          <Fact label={t("registrations.fields.phone")}>
            <Link href={`tel:${r.phone.replaceAll(" ", "")}`}>{r.phone}</Link>
          </Fact>
        ) : null}
        {r.interpreterLanguage ? (
          <Fact label={t("registrations.list.interpreter")}>{r.interpreterLanguage}</Fact>
        ) : null}
        {r.accessibilityNeeds ? (
          <Fact label={t("registrations.fields.accessibilityNeeds")}>{r.accessibilityNeeds}</Fact>
        ) : null}
        <Fact label={t("registrations.list.source")}>
          {r.referralDate
            ? t("registrations.list.referredOn", { date: formatDate(r.referralDate, language) })
            : t(`registrations.list.sourceKind.${r.source}`)}
        </Fact>
        {r.status === "OFFERED" && r.offerExpiresAt ? (
          <Fact label={t("registrations.list.offerUntil")}>{formatDateTime(r.offerExpiresAt, language)}</Fact>
        ) : null}
        {r.cancelledAt ? (
          <Fact label={t("registrations.list.cancelledAt")}>{formatDateTime(r.cancelledAt, language)}</Fact>
        ) : null}
      </dl>
      {onCancel ? (
        <div className="button-row">
          <Button type="button" variant="secondary" data-size="sm" onClick={() => onCancel(r)}>
            {t("registrations.list.cancel", { name: r.name })}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
