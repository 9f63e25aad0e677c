import { Checkbox, Details, Heading, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { checklistItem, checklistProgress, standardChecklist } from "@sidestilt/domain/checklist";
import { type RunPhase, runPhases } from "@sidestilt/domain/phase";
import type { SignOff } from "@sidestilt/domain/sign-off.schema";
import { useTranslation } from "react-i18next";
import { isLanguage, type Language } from "../../i18n/languages.ts";
import { errorKeyOf } from "../../lib/api-error.ts";
import { formatDateTime } from "../../lib/format-date-time.ts";
import { useSetChecklistTick } from "./set-checklist-tick.ts";

type Entry = SignOff["checklist"][number];

/** The phases that have a checklist, in order. */
const listedPhases = runPhases.filter((phase) => standardChecklist[phase].length > 0);

/**
 * The checklist shown open (the current phase's) and those shown collapsed: the earlier phases', or
 * for a closed run every list (a cancelled run: those with any ticks, as it may have stopped early).
 */
function phasesOf(signOff: SignOff): { current: RunPhase | null; earlier: RunPhase[] } {
  const index = listedPhases.indexOf(signOff.phase);
  if (index >= 0) return { current: signOff.phase, earlier: listedPhases.slice(0, index) };
  if (signOff.phase === "CANCELLED") {
    const ticked = new Set(signOff.checklist.filter((entry) => entry.ticked).map((entry) => entry.phase));
    return { current: null, earlier: listedPhases.filter((phase) => ticked.has(phase)) };
  }
  return { current: null, earlier: listedPhases };
}

type Props = { runId: string; signOff: SignOff };

/**
 * The Standard metode checklist (checklist.ts, in the UI language): the current phase's items with
 * progress ("3 av 6"), earlier phases collapsed. Any working-group member may tick (`canTick`); each
 * item says who ticked it and when. The list does not block a step; the signatures do.
 */
export function ChecklistSection({ runId, signOff }: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : "nb";
  const { current, earlier } = phasesOf(signOff);
  const entriesOf = (phase: RunPhase) => signOff.checklist.filter((entry) => entry.phase === phase);
  const progressOf = (phase: RunPhase) =>
    checklistProgress(
      phase,
      entriesOf(phase)
        .filter((entry) => entry.ticked)
        .map((entry) => entry.key),
    );
  const list = (phase: RunPhase) => (
    <ul className="checklist">
      {entriesOf(phase).map((entry) => (
        <ChecklistRow
          key={`${entry.phase}-${entry.key}`}
          runId={runId}
          entry={entry}
          canTick={signOff.canTick}
          language={language}
        />
      ))}
    </ul>
  );

  return (
    <section className="stack" aria-labelledby="checklist-heading" data-testid="checklist">
      <Heading id="checklist-heading" level={3} data-size="sm">
        {t("checklist.heading")}
      </Heading>
      <Paragraph>{t("checklist.intro")}</Paragraph>
      {current ? (
        <div className="stack sign-off-tight">
          <Heading level={4} data-size="xs">
            {t("checklist.currentHeading", { phase: t(`enums.phase.${current}`) })}
          </Heading>
          <Paragraph data-testid="checklist-progress">{t("checklist.progress", progressOf(current))}</Paragraph>
          {list(current)}
        </div>
      ) : (
        <Paragraph>{t("checklist.noCurrent")}</Paragraph>
      )}
      {earlier.map((phase) => (
        <Details key={phase}>
          <Details.Summary>
            {t("checklist.earlierSummary", { phase: t(`enums.phase.${phase}`), ...progressOf(phase) })}
          </Details.Summary>
          <Details.Content>{list(phase)}</Details.Content>
        </Details>
      ))}
    </section>
  );
}

type RowProps = { runId: string; entry: Entry; canTick: boolean; language: Language };

function ChecklistRow({ runId, entry, canTick, language }: RowProps) {
  const { t } = useTranslation();
  const tick = useSetChecklistTick();
  const text = checklistItem(entry.phase, entry.key)?.text[language] ?? entry.key;
  // While saving, the box shows what was asked for; the answer (the whole sign-off) then replaces it.
  const ticked = tick.isPending ? tick.variables.ticked : entry.ticked;
  const who =
    entry.ticked && entry.tickedBy
      ? t("checklist.tickedBy", {
          name: entry.tickedBy.name,
          role: t(`roles.${entry.tickedBy.role}`),
          when: entry.tickedAt ? formatDateTime(entry.tickedAt, language) : "",
        })
      : null;

  if (!canTick) {
    return (
      <li className="checklist__item checklist__item--read-only">
        <span>{text}</span>
        <span className="checklist__status">{who ?? t("checklist.notTicked")}</span>
      </li>
    );
  }
  return (
    <li className="checklist__item">
      <Checkbox
        id={`checklist-${entry.phase}-${entry.key}`}
        label={text}
        description={who ?? undefined}
        checked={ticked}
        onChange={(event) => {
          if (tick.isPending) return;
          tick.mutate({ runId, phase: entry.phase, itemKey: entry.key, ticked: event.target.checked });
        }}
      />
      {tick.error ? (
        <ValidationMessage role="alert">
          {t("checklist.saveError")} {t(`errors.${errorKeyOf(tick.error)}`)}
        </ValidationMessage>
      ) : null}
    </li>
  );
}
