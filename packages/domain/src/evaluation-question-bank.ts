import type { EvaluationFormKind, LocalizedText, Question } from "./evaluation-form.schema.ts";

// The question bank (spørsmålsbank) a working group picks its participant evaluation from: NK LMH's
// background block with its headings and options as NK LMH words them, and course-evaluation and
// participant-benefit items in our own words. Texts are plain: many participants are elderly, and
// some read Norwegian as a second language. A form copies the texts it uses (a question's `bankKey`
// says where it came from), so changing a text here never changes a form already saved.

/** The parts of the bank, in the order the web app offers them. */
export const questionBankSections = ["BACKGROUND", "COURSE_EVALUATION", "PARTICIPANT_BENEFIT"] as const;
export type QuestionBankSection = (typeof questionBankSections)[number];

/** A bank item: a complete question (its default id included) that is known by its `bankKey`. */
export type BankQuestion = Question & { bankKey: string };

const text = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });
const option = (id: string, nb: string, nn: string, en: string) => ({ id, label: text(nb, nn, en) });

/** The labels of the four LIKERT levels ("lite relevant" … "svært relevant"): 1 is the lowest. */
export const likertLabels: Readonly<Record<1 | 2 | 3 | 4, LocalizedText>> = {
  1: text("Lite relevant", "Lite relevant", "Not very relevant"),
  2: text("Noe relevant", "Noko relevant", "Somewhat relevant"),
  3: text("Ganske relevant", "Ganske relevant", "Quite relevant"),
  4: text("Svært relevant", "Svært relevant", "Very relevant"),
};

/** The words at the ends of a 0–10 scale; the bank's scale questions are worded to fit them. */
export const scaleLabels: Readonly<{ min: LocalizedText; max: LocalizedText }> = {
  min: text("Ikke i det hele tatt", "Ikkje i det heile", "Not at all"),
  max: text("I svært stor grad", "I svært stor grad", "Very much"),
};

type Draft = Omit<BankQuestion, "options" | "required" | "background"> &
  Partial<Pick<BankQuestion, "options" | "background">>;

const item = (draft: Draft): BankQuestion => ({
  options: [],
  required: false,
  background: false,
  ...draft,
});

const yesPartlyNo = [
  option("yes", "Ja", "Ja", "Yes"),
  option("partly", "Delvis", "Delvis", "Partly"),
  option("no", "Nei", "Nei", "No"),
];

/**
 * NK LMH's background questions. The five choice questions are `background: true` (results may be
 * broken down by them); the two free-text ones are not: free text is never a breakdown.
 */
const background: readonly BankQuestion[] = [
  item({
    bankKey: "background.gender",
    id: "gender",
    type: "SINGLE_CHOICE",
    background: true,
    text: text("Kjønn", "Kjønn", "Gender"),
    options: [
      option("man", "Mann", "Mann", "Man"),
      option("woman", "Kvinne", "Kvinne", "Woman"),
      option("other", "Annet", "Anna", "Other"),
    ],
  }),
  item({
    bankKey: "background.status-role",
    id: "status-role",
    type: "SINGLE_CHOICE",
    background: true,
    text: text("Status/rolle", "Status/rolle", "Status/role"),
    options: [
      option("patient", "Pasient", "Pasient", "Patient"),
      option("relative", "Pårørende", "Pårørande", "Relative"),
    ],
  }),
  item({
    bankKey: "background.education",
    id: "education",
    type: "SINGLE_CHOICE",
    background: true,
    text: text("Høyeste fullførte utdanning", "Høgaste fullførte utdanning", "Highest completed education"),
    options: [
      option("primary", "Grunnskole", "Grunnskule", "Primary and lower secondary school"),
      option("upper-secondary", "Videregående skole", "Vidaregåande skule", "Upper secondary school"),
      option("higher", "Universitet/høgskole", "Universitet/høgskule", "University or university college"),
    ],
  }),
  item({
    bankKey: "background.age-group",
    id: "age-group",
    type: "SINGLE_CHOICE",
    background: true,
    text: text("Aldersgruppe", "Aldersgruppe", "Age group"),
    options: [
      option("under-15", "Under 15", "Under 15", "Under 15"),
      option("15-19", "15–19", "15–19", "15–19"),
      option("20-39", "20–39", "20–39", "20–39"),
      option("40-50", "40–50", "40–50", "40–50"),
      option("51-60", "51–60", "51–60", "51–60"),
      option("61-70", "61–70", "61–70", "61–70"),
      option("over-70", "Over 70", "Over 70", "Over 70"),
    ],
  }),
  item({
    bankKey: "background.work-status",
    id: "work-status",
    type: "SINGLE_CHOICE",
    background: true,
    text: text("Arbeidsstatus", "Arbeidsstatus", "Work status"),
    options: [
      option("full-time", "Heltid", "Heiltid", "Full-time work"),
      option("part-time", "Deltid", "Deltid", "Part-time work"),
      option("sick-leave", "Sykemeldt", "Sjukmeld", "On sick leave"),
      option("disability", "Uføretrygdet", "Uføretrygda", "On disability benefit"),
      option("retired", "Alderspensjonist", "Alderspensjonist", "Retired"),
      option("unemployed", "Arbeidsledig", "Arbeidsledig", "Unemployed"),
      option("voluntary", "Frivillig arbeid", "Frivillig arbeid", "Voluntary work"),
      option("other", "Annet", "Anna", "Other"),
    ],
  }),
  item({
    bankKey: "background.how-heard",
    id: "how-heard",
    type: "FREE_TEXT",
    text: text(
      "Hvordan fikk du vite om kurset?",
      "Korleis fekk du vite om kurset?",
      "How did you hear about the course?",
    ),
  }),
  item({
    bankKey: "background.expectations",
    id: "expectations",
    type: "FREE_TEXT",
    text: text(
      "Hvilke forventninger hadde du til kurset?",
      "Kva forventningar hadde du til kurset?",
      "What did you expect from the course?",
    ),
  }),
];

/** The course's form and content (kursevaluering). */
const courseEvaluation: readonly BankQuestion[] = [
  item({
    bankKey: "course.overall-benefit",
    id: "overall-benefit",
    type: "SCALE_0_10",
    text: text(
      "Alt i alt: I hvilken grad har du hatt nytte av kurset?",
      "Alt i alt: I kva grad har du hatt nytte av kurset?",
      "All in all, how useful has the course been to you?",
    ),
  }),
  item({
    bankKey: "course.topic-relevance",
    id: "topic-relevance",
    type: "LIKERT",
    text: text(
      "Hvor relevante var temaene på kurset for deg?",
      "Kor relevante var temaa på kurset for deg?",
      "How relevant to you were the topics of the course?",
    ),
  }),
  item({
    bankKey: "course.time-to-share",
    id: "time-to-share",
    type: "SINGLE_CHOICE",
    text: text(
      "Var det nok tid til å dele erfaringer med de andre deltakerne?",
      "Var det nok tid til å dele erfaringar med dei andre deltakarane?",
      "Was there enough time to share experiences with the other participants?",
    ),
    options: yesPartlyNo,
  }),
  item({
    bankKey: "course.user-representative",
    id: "user-representative",
    type: "SCALE_0_10",
    text: text(
      "I hvilken grad hadde du nytte av å høre brukerrepresentanten fortelle om egne erfaringer? (Brukerrepresentanten er en som selv har erfaring som pasient eller pårørende.)",
      "I kva grad hadde du nytte av å høyre brukarrepresentanten fortelje om eigne erfaringar? (Brukarrepresentanten er ein som sjølv har erfaring som pasient eller pårørande.)",
      "How much did it help you to hear the user representative talk about their own experience? (The user representative is someone who has been a patient or relative themselves.)",
    ),
  }),
  item({
    bankKey: "course.understandable",
    id: "understandable",
    type: "SCALE_0_10",
    text: text(
      "I hvilken grad var det som ble sagt på kurset, lett å forstå?",
      "I kva grad var det som vart sagt på kurset, lett å forstå?",
      "How easy was it to understand what was said on the course?",
    ),
  }),
  item({
    bankKey: "course.what-to-change",
    id: "what-to-change",
    type: "FREE_TEXT",
    text: text(
      "Hva bør vi endre eller gjøre bedre til neste gang?",
      "Kva bør vi endre eller gjere betre til neste gong?",
      "What should we change or do better next time?",
    ),
  }),
  item({
    bankKey: "course.other-comments",
    id: "other-comments",
    type: "FREE_TEXT",
    text: text(
      "Er det noe annet du vil fortelle oss?",
      "Er det noko anna du vil fortelje oss?",
      "Is there anything else you would like to tell us?",
    ),
  }),
];

/** What the course meant for the participant (nytteevaluering): own benefit, coping, quality of life. */
const participantBenefit: readonly BankQuestion[] = [
  item({
    bankKey: "benefit.own-benefit",
    id: "own-benefit",
    type: "SCALE_0_10",
    text: text(
      "I hvilken grad har du lært noe på kurset som du kan bruke i ditt eget liv?",
      "I kva grad har du lært noko på kurset som du kan bruke i ditt eige liv?",
      "How much did you learn on the course that you can use in your own life?",
    ),
  }),
  item({
    bankKey: "benefit.everyday-coping",
    id: "everyday-coping",
    type: "SCALE_0_10",
    text: text(
      "I hvilken grad har kurset gjort det lettere for deg å mestre hverdagen?",
      "I kva grad har kurset gjort det lettare for deg å meistre kvardagen?",
      "How much easier has the course made it for you to cope with everyday life?",
    ),
  }),
  item({
    bankKey: "benefit.illness-knowledge",
    id: "illness-knowledge",
    type: "SCALE_0_10",
    text: text(
      "I hvilken grad vet du mer om sykdommen nå enn før kurset?",
      "I kva grad veit du meir om sjukdommen no enn før kurset?",
      "How much more do you know about the illness now than before the course?",
    ),
  }),
  item({
    bankKey: "benefit.confidence",
    id: "confidence",
    type: "SCALE_0_10",
    text: text(
      "I hvilken grad føler du deg tryggere på å håndtere sykdommen i hverdagen?",
      "I kva grad kjenner du deg tryggare på å handtere sjukdommen i kvardagen?",
      "How much more confident do you feel about handling the illness in everyday life?",
    ),
  }),
  item({
    bankKey: "benefit.quality-of-life",
    id: "quality-of-life",
    type: "SCALE_0_10",
    text: text(
      "I hvilken grad har kurset gjort at du har det bedre (livskvaliteten din)?",
      "I kva grad har kurset gjort at du har det betre (livskvaliteten din)?",
      "How much has the course helped you have a better life (your quality of life)?",
    ),
  }),
  item({
    bankKey: "benefit.meeting-others",
    id: "meeting-others",
    type: "SCALE_0_10",
    text: text(
      "I hvilken grad var det nyttig å møte andre i samme situasjon?",
      "I kva grad var det nyttig å møte andre i same situasjon?",
      "How useful was it to meet others in the same situation?",
    ),
  }),
  item({
    bankKey: "benefit.do-differently",
    id: "do-differently",
    type: "FREE_TEXT",
    text: text(
      "Er det noe du vil gjøre annerledes etter kurset? Skriv gjerne hva.",
      "Er det noko du vil gjere annleis etter kurset? Skriv gjerne kva.",
      "Is there anything you will do differently after the course? Please tell us what.",
    ),
  }),
];

/** Every bank item by section. */
export const questionBank: Readonly<Record<QuestionBankSection, readonly BankQuestion[]>> = {
  BACKGROUND: background,
  COURSE_EVALUATION: courseEvaluation,
  PARTICIPANT_BENEFIT: participantBenefit,
};

export const allBankQuestions: readonly BankQuestion[] = questionBankSections.flatMap(
  (section) => questionBank[section],
);

/** A fresh copy of a bank item, to put in a form; undefined for a key the bank does not have. */
export function bankQuestion(bankKey: string): BankQuestion | undefined {
  const found = allBankQuestions.find((question) => question.bankKey === bankKey);
  return found ? structuredClone(found) : undefined;
}

/**
 * Background questions a new form starts with: the two least identifying. Role (patient or relative)
 * and gender have the fewest answers and split a group most evenly; age group, education and work
 * status (which tells of sick leave and disability) single people out in a group of ten, as NK LMH
 * warns, so a working group adds them knowingly.
 */
export const defaultBackgroundKeys = ["background.status-role", "background.gender"] as const;

/** The bank items a new form of each kind starts with, in order; background questions come last. */
const defaultKeys: Record<EvaluationFormKind, readonly string[]> = {
  COURSE_EVALUATION: [
    "course.overall-benefit",
    "course.topic-relevance",
    "course.time-to-share",
    "course.user-representative",
    "course.understandable",
    "course.what-to-change",
    "background.how-heard",
    "course.other-comments",
    ...defaultBackgroundKeys,
  ],
  PARTICIPANT_BENEFIT: [
    "benefit.own-benefit",
    "benefit.everyday-coping",
    "benefit.illness-knowledge",
    "benefit.confidence",
    "benefit.quality-of-life",
    "benefit.meeting-others",
    "benefit.do-differently",
    ...defaultBackgroundKeys,
  ],
};

/** The form a course starts with, before its working group has saved one of this kind (fresh copies). */
export function defaultQuestions(kind: EvaluationFormKind): Question[] {
  return defaultKeys[kind].map((key) => {
    const question = bankQuestion(key);
    if (!question) throw new Error(`No bank question ${key}`);
    return question;
  });
}
