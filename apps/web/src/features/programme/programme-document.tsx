import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { Programme } from "@sidestilt/domain/programme.schema";
import { useTranslation } from "react-i18next";
import { isLanguage } from "../../i18n/languages.ts";
import { formatDuration, formatSessionDate } from "../../lib/format.ts";
import { itemClock, presentersText } from "./programme-format.ts";

/**
 * The programme as a clean document for participants and the group: each session with its time and
 * place, and its items with their clock times, kinds and presenters. No controls (those are the
 * page's, hidden in print); each session is kept on one page where it fits (see programme.css).
 */
export function ProgrammeDocument({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  if (programme.sessions.length === 0) return <Paragraph>{t("programme.print.empty")}</Paragraph>;
  return (
    <div className="programme-document">
      <Paragraph>
        {t("programme.print.total", { duration: formatDuration(t, programme.totalTeachingMinutes) })}
      </Paragraph>
      {programme.sessions.map((session, index) => {
        const clock = itemClock(session);
        const headingId = `print-session-${session.id}`;
        return (
          <section key={session.id} className="programme-document__session" aria-labelledby={headingId}>
            <Heading id={headingId} level={2} data-size="sm">
              {t("programme.print.sessionHeading", {
                number: index + 1,
                date: formatSessionDate(session.date, language),
              })}
            </Heading>
            <Paragraph>
              {t("programme.session.hours", { from: session.startsAt, to: session.endsAt })}
              {session.place ? ` · ${session.place}` : ""}
            </Paragraph>
            {session.videoLink ? (
              <Paragraph data-size="sm" className="programme-document__link">
                {t("programme.print.video", { link: session.videoLink })}
              </Paragraph>
            ) : null}
            {session.items.length === 0 ? (
              <Paragraph>{t("programme.session.noItems")}</Paragraph>
            ) : (
              <ol className="programme-document__items">
                {session.items.map((item, position) => {
                  const times = clock[position];
                  return (
                    <li key={item.id} className="programme-document__item">
                      <span className="programme-document__time">
                        {times ? t("programme.session.hours", times) : formatDuration(t, item.minutes)}
                      </span>
                      <span className="programme-document__what">
                        <strong>{item.title}</strong> ({t(`programme.kinds.${item.kind}`)},{" "}
                        {formatDuration(t, item.minutes)})
                        {item.presenters.length > 0 ? (
                          <>
                            <br />
                            {presentersText(t, item.presenters, language)}
                          </>
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
