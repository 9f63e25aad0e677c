import type { RunPhase } from "./phase.ts";
import type { Locale } from "./roles.ts";

// The Standard metode checklist of each phase of a run: what the LMS staff quality-assure, drawn from
// the method's workflow (need and decision → working group → didactic plan → programme → marketing →
// enrolment → sessions → evaluation → revision). Any working-group member may tick an item. The list
// does not block a phase step (the co-signatures do): it shows how far the group has come, and what it
// may have forgotten. Keys are stable: ticks are stored by key, so never rename one; retire it instead.

export type ChecklistItem = {
  /** Stable key, unique across all phases (stored with each tick). */
  key: string;
  text: Record<Locale, string>;
};

export const standardChecklist: Record<RunPhase, readonly ChecklistItem[]> = {
  PLANNING: [
    {
      key: "need-and-decision",
      text: {
        nb: "Behovet er beskrevet og beslutningen om å etablere tilbudet er tatt",
        nn: "Behovet er skildra og avgjerda om å etablere tilbodet er teken",
        en: "The need is described and the decision to establish the course is recorded",
      },
    },
    {
      key: "management-anchoring",
      text: {
        nb: "Tilbudet er forankret i ledelsen, med tid, rom og budsjett",
        nn: "Tilbodet er forankra i leiinga, med tid, rom og budsjett",
        en: "Management has anchored the course and committed staff time, rooms and budget",
      },
    },
    {
      key: "working-group-composed",
      text: {
        nb: "Arbeidsgruppen har brukerrepresentant(er) og fagperson(er)",
        nn: "Arbeidsgruppa har brukarrepresentant(ar) og fagperson(ar)",
        en: "The working group has user representative(s) and professional(s)",
      },
    },
    {
      key: "didactic-plan-complete",
      text: {
        nb: "Den didaktiske planen dekker alle seks elementene",
        nn: "Den didaktiske planen dekkjer alle seks elementa",
        en: "The didactic plan covers all six elements",
      },
    },
    {
      key: "experience-sharing-time",
      text: {
        nb: "Programmet har tid til erfaringsdeling i hver samling",
        nn: "Programmet har tid til erfaringsdeling i kvar samling",
        en: "The programme has time for experience sharing in every session",
      },
    },
    {
      key: "evaluation-planned",
      text: {
        nb: "Evalueringen er planlagt",
        nn: "Evalueringa er planlagd",
        en: "The evaluation is planned",
      },
    },
  ],
  READY: [
    {
      key: "catalogue-published",
      text: {
        nb: "Tilbudet er publisert i tilbudskatalogen",
        nn: "Tilbodet er publisert i tilbodskatalogen",
        en: "The catalogue entry is published",
      },
    },
    {
      key: "referrers-informed",
      text: {
        nb: "Henvisere (fastleger, avdelinger) er informert",
        nn: "Tilvisarar (fastlegar, avdelingar) er informerte",
        en: "Referrers (GPs, hospital departments) are informed",
      },
    },
    {
      key: "enrolment-open",
      text: {
        nb: "Påmeldingen er åpen",
        nn: "Påmeldinga er open",
        en: "Enrolment is open",
      },
    },
  ],
  RUNNING: [
    {
      key: "attendance-recorded",
      text: {
        nb: "Oppmøte er registrert for hver samling",
        nn: "Oppmøte er registrert for kvar samling",
        en: "Attendance is recorded for each session",
      },
    },
    {
      key: "daily-oral-feedback",
      text: {
        nb: "Muntlig tilbakemelding er hentet inn på slutten av hver dag",
        nn: "Munnleg tilbakemelding er henta inn på slutten av kvar dag",
        en: "Oral feedback is gathered at the end of each day",
      },
    },
  ],
  EVALUATION: [
    {
      key: "participant-evaluation-collected",
      text: {
        nb: "Deltakerevalueringen er samlet inn",
        nn: "Deltakarevalueringa er samla inn",
        en: "The participant evaluation is collected",
      },
    },
    {
      key: "evaluation-meeting-held",
      text: {
        nb: "Evalueringsmøte er holdt med hele arbeidsgruppen",
        nn: "Evalueringsmøte er halde med heile arbeidsgruppa",
        en: "An evaluation meeting is held with the whole working group",
      },
    },
    {
      key: "revisions-agreed",
      text: {
        nb: "Endringer til neste gjennomføring er avtalt",
        nn: "Endringar til neste gjennomføring er avtalte",
        en: "Revisions for the next run are agreed",
      },
    },
  ],
  COMPLETED: [],
  CANCELLED: [],
};

/** The item of a phase's checklist with this key, if there is one. */
export function checklistItem(phase: RunPhase, key: string): ChecklistItem | undefined {
  return standardChecklist[phase].find((item) => item.key === key);
}

/** How many of a phase's items are ticked (ticks of keys that are not on the list do not count). */
export function checklistProgress(phase: RunPhase, tickedKeys: Iterable<string>): { ticked: number; total: number } {
  const ticked = new Set(tickedKeys);
  const items = standardChecklist[phase];
  return { ticked: items.filter((item) => ticked.has(item.key)).length, total: items.length };
}
