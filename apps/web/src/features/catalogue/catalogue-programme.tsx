import { Heading, Link, Paragraph } from "@digdir/designsystemet-react";
import type { CatalogueRunDetail } from "@sidestilt/domain/catalogue.schema";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../i18n/languages.ts";
import { formatDuration } from "../../lib/format.ts";
import { formatDayWithWeekday } from "./catalogue-format.ts";
import { catalogueCalendarHref } from "./get-catalogue-run.ts";

/**
 * What the participants will do and learn, session by session: date, hours, place (or that it is
 * online: the link comes by email), and the programme's items. No presenters' names.
 */
export function CatalogueProgramme({ run, language }: { run: CatalogueRunDetail; language: Language }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="stack catalogue-programme">
      <Heading id={headingId} level={2} data-size="sm">
        {t("catalogue.programme.heading")}
      </Heading>
      {run.sessions.length === 0 ? (
        <Paragraph>{t("catalogue.programme.none")}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {t("catalogue.programme.summary", {
              count: run.sessions.length,
              duration: formatDuration(t, run.totalTeachingMinutes),
            })}
          </Paragraph>
          <ol className="catalogue-programme__sessions">
            {run.sessions.map((session, index) => (
              <li key={`${session.date}-${session.startsAt}`} className="stack catalogue-programme__session">
                <Heading level={3} data-size="xs">
                  {t("catalogue.programme.session", {
                    number: index + 1,
                    date: formatDayWithWeekday(session.date, language),
                  })}
                </Heading>
                <Paragraph>
                  {t("catalogue.programme.hours", { from: session.startsAt, to: session.endsAt })}
                  {session.place ? ` · ${session.place}` : ""}
                  {session.online
                    ? ` · ${session.place ? t("catalogue.programme.alsoOnline") : t("catalogue.place.digital")}`
                    : ""}
                </Paragraph>
                {session.items.length > 0 ? (
                  <ul className="catalogue-programme__items">
                    {session.items.map((item, position) => (
                      // Items have no id in the public programme; their position in the session is stable.
                      // biome-ignore lint/suspicious/noArrayIndexKey: see above
                      <li key={position}>
                        {item.title}{" "}
                        <span className="catalogue-programme__kind">
                          ({t(`catalogue.kinds.${item.kind}`)}, {formatDuration(t, item.minutes)})
                        </span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ol>
          <Paragraph>
            <Link href={catalogueCalendarHref(run.runId)} download>
              {t("catalogue.programme.calendar")}
            </Link>
          </Paragraph>
        </>
      )}
    </section>
  );
}
