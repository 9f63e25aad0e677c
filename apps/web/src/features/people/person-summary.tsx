import { Alert, Paragraph } from "@digdir/designsystemet-react";
import type { Person } from "@sidestilt/domain/person.schema";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../i18n/languages.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { PersonStatusTag } from "./person-status-tag.tsx";

/** Status, contact details (only when the answer has them) and last sign-in. */
export function PersonSummary({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  return (
    <div className="stack">
      {person.erased ? (
        <Alert data-color="info">
          <Paragraph>{t("people.person.erasedNotice")}</Paragraph>
        </Alert>
      ) : null}
      <dl className="facts">
        <div className="facts__item">
          <dt>{t("people.person.status")}</dt>
          <dd>
            <PersonStatusTag person={person} />
          </dd>
        </div>
        {person.email ? (
          <div className="facts__item">
            <dt>{t("people.email")}</dt>
            <dd>{person.email}</dd>
          </div>
        ) : null}
        {person.phone ? (
          <div className="facts__item">
            <dt>{t("people.phone")}</dt>
            <dd>{person.phone}</dd>
          </div>
        ) : null}
        {person.erased ? null : (
          <div className="facts__item">
            <dt>{t("people.person.lastSignIn")}</dt>
            <dd>
              {person.lastSignInAt ? (
                <time dateTime={person.lastSignInAt}>{formatDateTime(person.lastSignInAt, language)}</time>
              ) : (
                t("people.person.neverSignedIn")
              )}
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}
