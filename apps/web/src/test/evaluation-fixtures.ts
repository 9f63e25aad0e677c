import type { EvaluationCollection, RunEvaluation } from "@sidestilt/domain/evaluation-collection.schema";
import type { EvaluationMeeting, RevisionProposal } from "@sidestilt/domain/evaluation-meeting.schema";
import type { EvaluationResultsView } from "@sidestilt/domain/evaluation-results.schema";
import { courseId, kariId, runId } from "./programme-fixtures.ts";

// Synthetic data for the working group's evaluation pages: the run of "Startkurs diabetes type 2" from
// programme-fixtures, its course evaluation and its meeting. Counts follow the rule of five.

export const collectionId = "ec000000-0000-4000-8000-000000000001";
export const nextRunId = "e0000000-0000-4000-8000-000000000102";

const text = (nb: string, en = nb) => ({ nb, nn: nb, en });

export function aCollection(overrides: Partial<EvaluationCollection> = {}): EvaluationCollection {
  return {
    id: collectionId,
    kind: "COURSE_EVALUATION",
    status: "OPEN",
    formVersion: 2,
    openedAt: "2027-01-13T13:00:00.000Z",
    closedAt: null,
    version: 0,
    answers: null,
    invited: 0,
    fewInvited: true,
    link: `http://localhost/evaluation#code=${"c".repeat(43)}`,
    resultsAvailable: false,
    ...overrides,
  };
}

export function aRunEvaluation(overrides: Partial<RunEvaluation> = {}): RunEvaluation {
  return {
    runId,
    courseId,
    courseTitle: "Startkurs diabetes type 2",
    phase: "RUNNING",
    forms: [
      { kind: "COURSE_EVALUATION", signedVersion: 2 },
      { kind: "PARTICIPANT_BENEFIT", signedVersion: null },
    ],
    collections: [],
    abilities: { canManage: true },
    ...overrides,
  };
}

const overall = text("Hvor nyttig var kurset for deg, alt i alt?", "How useful was the course for you, all in all?");
const role = text("Status/rolle");
const patient = { optionId: "patient", label: text("Pasient", "Patient") };
const relative = { optionId: "relative", label: text("Pårørende", "Relative") };

/** Eleven answered; one question of each kind of result. */
export function someResults(overrides: Partial<EvaluationResultsView> = {}): EvaluationResultsView {
  return {
    collectionId,
    runId,
    courseId,
    courseTitle: "Startkurs diabetes type 2",
    runStartsOn: "2027-01-12",
    kind: "COURSE_EVALUATION",
    formVersion: 2,
    respondents: 11,
    questions: [
      {
        questionId: "overall",
        text: overall,
        kind: "ordered",
        type: "SCALE_0_10",
        respondents: 11,
        cells: [
          { from: 0, to: 7, count: 5, share: 5 / 11 },
          { from: 8, to: 10, count: 6, share: 6 / 11 },
        ],
        mean: 7.8,
        standardDeviation: 1.2,
      },
      {
        questionId: "relevance",
        text: text("Hvor relevant var innholdet?"),
        kind: "ordered",
        type: "LIKERT",
        respondents: 10,
        cells: [
          { from: 1, to: 3, count: 5, share: 0.5 },
          { from: 4, to: 4, count: 5, share: 0.5 },
        ],
        mean: 3.1,
        standardDeviation: 0.7,
      },
      {
        questionId: "education",
        text: text("Høyeste fullførte utdanning"),
        kind: "single_choice",
        type: "SINGLE_CHOICE",
        respondents: 11,
        options: [{ optionId: "university", label: text("Universitet/høgskole"), count: 6, share: 6 / 11 }],
        other: {
          options: [
            { optionId: "primary", label: text("Grunnskole") },
            { optionId: "secondary", label: text("Videregående skole") },
          ],
          count: 5,
          share: 5 / 11,
        },
      },
      {
        questionId: "liked",
        text: text("Hva likte du best?"),
        kind: "multiple_choice",
        type: "MULTIPLE_CHOICE",
        respondents: 11,
        options: [
          { optionId: "talks", label: text("Foredragene"), shown: true, count: 7, share: 7 / 11 },
          { optionId: "walk", label: text("Gåturen"), shown: false },
        ],
      },
      {
        questionId: "role",
        text: role,
        kind: "single_choice",
        type: "SINGLE_CHOICE",
        respondents: 11,
        options: [patient, relative].map((option, index) => ({
          ...option,
          count: index === 0 ? 6 : 5,
          share: (index === 0 ? 6 : 5) / 11,
        })),
        other: null,
      },
      { questionId: "age", text: text("Aldersgruppe"), kind: "too_few_answered", type: "SINGLE_CHOICE" },
      { questionId: "change", text: text("Hva bør endres?"), kind: "free_text_withheld", type: "FREE_TEXT" },
    ],
    backgroundQuestions: [
      { questionId: "role", text: role },
      { questionId: "age", text: text("Aldersgruppe") },
    ],
    breakdown: null,
    canSeeFreeText: false,
    ...overrides,
  };
}

/** The results broken down by status/role: patients (6) and relatives (5, fewer than five on one question). */
export function resultsByRole(): EvaluationResultsView {
  const results = someResults();
  return {
    ...results,
    breakdown: {
      questionId: "role",
      text: role,
      respondents: 11,
      groups: [
        { key: "option:patient", kind: "option", optionId: "patient", label: patient.label, respondents: 6 },
        { key: "option:relative", kind: "option", optionId: "relative", label: relative.label, respondents: 5 },
      ],
      questions: [
        {
          questionId: "overall",
          type: "SCALE_0_10",
          text: overall,
          groups: [
            {
              questionId: "overall",
              text: overall,
              kind: "ordered",
              type: "SCALE_0_10",
              respondents: 6,
              cells: [{ from: 0, to: 10, count: 6, share: 1 }],
              mean: 8.2,
              standardDeviation: 1.1,
            },
            {
              questionId: "overall",
              text: overall,
              kind: "ordered",
              type: "SCALE_0_10",
              respondents: 5,
              cells: [{ from: 0, to: 10, count: 5, share: 1 }],
              mean: 7.4,
              standardDeviation: 1.3,
            },
          ],
        },
        {
          questionId: "relevance",
          type: "LIKERT",
          text: text("Hvor relevant var innholdet?"),
          groups: [
            {
              questionId: "relevance",
              text: text("Hvor relevant var innholdet?"),
              kind: "ordered",
              type: "LIKERT",
              respondents: 5,
              cells: [{ from: 1, to: 4, count: 5, share: 1 }],
              mean: 3,
              standardDeviation: 0.7,
            },
            {
              questionId: "relevance",
              text: text("Hvor relevant var innholdet?"),
              kind: "too_few_answered",
              type: "LIKERT",
            },
          ],
        },
      ],
    },
  };
}

export function aProposal(overrides: Partial<RevisionProposal> = {}): RevisionProposal {
  return {
    id: "9e000000-0000-4000-8000-000000000001",
    elementKind: "METHODS",
    finding: "Deltakerne ønsket mer tid til å dele erfaringer.",
    proposedText: "Hver bolk avsluttes med 15 minutter til erfaringsdeling.",
    status: "PROPOSED",
    author: { id: kariId, name: "Kari Nordmann", role: "USER_REPRESENTATIVE" },
    createdAt: "2027-02-01T10:00:00.000Z",
    decidedBy: null,
    decidedAt: null,
    appliedTo: null,
    version: 0,
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<EvaluationMeeting> = {}): EvaluationMeeting {
  return {
    runId,
    courseId,
    phase: "EVALUATION",
    heldOn: "2027-02-01",
    whatWorked: "Erfaringsdelingen i små grupper.",
    whatToChange: "Kortere dager.",
    collaboration: "Vi delte på innleggene.",
    version: 3,
    lastEdit: { name: "Kari Nordmann", role: "USER_REPRESENTATIVE", at: "2027-02-01T12:00:00.000Z" },
    proposals: [aProposal()],
    nextRuns: [{ runId: nextRunId, startsOn: "2027-09-07" }],
    abilities: { canEdit: true },
    ...overrides,
  };
}

export const olaEdit = { name: "Ola Hansen", role: "PROFESSIONAL" as const, at: "2027-02-01T12:30:00.000Z" };
