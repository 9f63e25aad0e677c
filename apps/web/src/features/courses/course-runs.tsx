import { Button, Heading, Link, Paragraph, Tag } from "@digdir/designsystemet-react";
import type { CourseDetail, RunDetail } from "@sidestilt/domain/course.schema";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link as RouterLink } from "react-router";
import type { Language } from "../../i18n/languages.ts";
import { runHref } from "../../lib/config/paths.ts";
import { formatDate } from "../../lib/format.ts";
import { NewRunForm, newRunIdPrefix } from "./new-run-form.tsx";
import { phaseColors } from "./phase-colors.ts";

type Props = { course: CourseDetail; language: Language };

/** The course's runs (oldest first), each linking to its plan; a form for the next run for those who may edit. */
export function CourseRuns({ course, language }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<RunDetail | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const dates = (run: { startsOn: string; endsOn: string }) =>
    run.startsOn === run.endsOn
      ? formatDate(run.startsOn, language)
      : t("coursePage.runs.dates", { from: formatDate(run.startsOn, language), to: formatDate(run.endsOn, language) });
  const latest = course.runs.at(-1);

  function closeForm(run: RunDetail | null) {
    setAdding(false);
    setCreated(run);
    requestAnimationFrame(() => addButton.current?.focus());
  }

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading id={headingId} level={2} data-size="md">
        {t("coursePage.runs.heading")}
      </Heading>
      {course.runs.length === 0 ? (
        <Paragraph>{t(course.abilities.canEdit ? "coursePage.runs.emptyCanAdd" : "coursePage.runs.empty")}</Paragraph>
      ) : (
        <ul className="card-list">
          {course.runs.map((run) => (
            <li key={run.id} className="person-item" data-testid="run-item">
              <div className="person-item__head">
                <Heading level={3} data-size="xs">
                  <Link asChild>
                    <RouterLink to={runHref(run.id)}>{dates(run)}</RouterLink>
                  </Link>
                </Heading>
                <Tag data-color={phaseColors[run.phase]}>{t(`enums.phase.${run.phase}`)}</Tag>
              </div>
              <dl className="facts facts--compact">
                <div className="facts__item">
                  <dt>{t("coursePage.runs.place")}</dt>
                  <dd>{[run.venue, run.videoLink].filter(Boolean).join(" · ") || t("coursePage.runs.noPlace")}</dd>
                </div>
                <div className="facts__item">
                  <dt>{t("coursePage.runs.capacity")}</dt>
                  <dd>{t("coursePage.runs.places", { count: run.capacity })}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <div role="status">
        {created ? (
          <Paragraph>
            {t("coursePage.runs.created", { dates: dates(created) })}{" "}
            <Link asChild>
              <RouterLink to={runHref(created.id)}>{t("coursePage.runs.openPlan")}</RouterLink>
            </Link>
          </Paragraph>
        ) : null}
      </div>
      {course.abilities.canEdit ? (
        adding ? (
          <NewRunForm
            courseId={course.id}
            copiedFrom={latest ? dates(latest) : null}
            onCreated={(run) => closeForm(run)}
            onCancel={() => closeForm(null)}
          />
        ) : (
          <div>
            <Button
              ref={addButton}
              type="button"
              variant="secondary"
              onClick={() => {
                setCreated(null);
                setAdding(true);
                requestAnimationFrame(() => document.getElementById(`${newRunIdPrefix}-startsOn`)?.focus());
              }}
            >
              {t("coursePage.runs.add")}
            </Button>
          </div>
        )
      ) : null}
    </section>
  );
}
