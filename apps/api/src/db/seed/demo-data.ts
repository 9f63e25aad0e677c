import type { CourseFormat, Enrolment, Role, TargetGroup, UnitKind } from "../../generated/prisma/enums.ts";

// Synthetic demo data: the units of Midt-Troms and UNN from the project's seed documents, invented
// people with common Norwegian names, and the sample courses of the domain description.

export const demoPassword = "sidestilt-demo";

export type DemoUnit = { key: string; kind: UnitKind; name: string; region: string; municipality: string | null };

export const demoUnits: DemoUnit[] = [
  {
    key: "unn",
    kind: "HOSPITAL_LMS",
    name: "Universitetssykehuset Nord-Norge LMS",
    region: "Nord-Norge",
    municipality: "Tromsø",
  },
  {
    key: "midt-troms",
    kind: "INTER_MUNICIPAL",
    name: "Midt-Troms interkommunale LMS",
    region: "Nord-Norge",
    municipality: "Senja",
  },
  { key: "lenvik", kind: "MUNICIPAL_LMS", name: "Lenvik kommune", region: "Nord-Norge", municipality: "Lenvik" },
  { key: "malselv", kind: "MUNICIPAL_LMS", name: "Målselv kommune", region: "Nord-Norge", municipality: "Målselv" },
  {
    key: "frisklivs-malselv",
    kind: "HEALTHY_LIFE_CENTRE",
    name: "Frisklivssentralen i Målselv",
    region: "Nord-Norge",
    municipality: "Målselv",
  },
  {
    key: "diabetesforbundet",
    kind: "USER_ORGANISATION",
    name: "Diabetesforbundet",
    region: "Nord-Norge",
    municipality: null,
  },
  { key: "lhl", kind: "USER_ORGANISATION", name: "LHL", region: "Nord-Norge", municipality: null },
  { key: "mental-helse", kind: "USER_ORGANISATION", name: "Mental Helse", region: "Nord-Norge", municipality: null },
  {
    key: "nasjonalforeningen",
    kind: "USER_ORGANISATION",
    name: "Nasjonalforeningen for folkehelsen",
    region: "Nord-Norge",
    municipality: null,
  },
];

export type DemoPerson = {
  email: string;
  name: string;
  description: string;
  isSystemAdmin?: boolean;
  /** `represents` names the user organisation a user representative speaks for. */
  memberships: { unit: string; role: Role; profession?: string; represents?: string }[];
};

export const demoPeople: DemoPerson[] = [
  {
    email: "koordinator@unn.example",
    name: "Ingrid Solberg",
    description: "LMS coordinator, UNN",
    memberships: [{ unit: "unn", role: "COORDINATOR" }],
  },
  {
    email: "fagperson@unn.example",
    name: "Lars Nilsen",
    description: "professional (nurse), UNN and Målselv",
    memberships: [
      { unit: "unn", role: "PROFESSIONAL", profession: "Sykepleier" },
      { unit: "malselv", role: "PROFESSIONAL", profession: "Sykepleier" },
    ],
  },
  {
    email: "bruker@unn.example",
    name: "Kari Johansen",
    description: "user representative (Diabetesforbundet), UNN",
    memberships: [
      { unit: "unn", role: "USER_REPRESENTATIVE", represents: "diabetesforbundet" },
      { unit: "diabetesforbundet", role: "USER_REPRESENTATIVE" },
    ],
  },
  {
    email: "evaluator@unn.example",
    name: "Ola Berg",
    description: "evaluator, UNN",
    memberships: [{ unit: "unn", role: "EVALUATOR" }],
  },
  {
    email: "leder@unn.example",
    name: "Marit Hansen",
    description: "unit leader, UNN",
    memberships: [{ unit: "unn", role: "UNIT_LEADER" }],
  },
  {
    email: "koordinator@midt-troms.example",
    name: "Sigrid Pedersen",
    description: "coordinator, Midt-Troms interkommunale LMS",
    memberships: [{ unit: "midt-troms", role: "COORDINATOR" }],
  },
  {
    email: "bruker@midt-troms.example",
    name: "Arne Karlsen",
    description: "user representative (LHL), Midt-Troms and Lenvik",
    memberships: [
      { unit: "midt-troms", role: "USER_REPRESENTATIVE", represents: "lhl" },
      { unit: "lenvik", role: "USER_REPRESENTATIVE", represents: "lhl" },
      { unit: "lhl", role: "USER_REPRESENTATIVE" },
    ],
  },
  {
    email: "koordinator@lenvik.example",
    name: "Jon Eriksen",
    description: "coordinator, Lenvik kommune",
    memberships: [{ unit: "lenvik", role: "COORDINATOR" }],
  },
  {
    email: "koordinator@malselv.example",
    name: "Eva Strand",
    description: "coordinator, Målselv kommune",
    memberships: [{ unit: "malselv", role: "COORDINATOR" }],
  },
  {
    email: "frisklivs@malselv.example",
    name: "Nils Andreassen",
    description: "professional (physiotherapist), Frisklivssentralen i Målselv",
    memberships: [{ unit: "frisklivs-malselv", role: "PROFESSIONAL", profession: "Fysioterapeut" }],
  },
  {
    email: "admin@sidestilt.example",
    name: "Tone Haugen",
    description: "system administrator",
    isSystemAdmin: true,
    memberships: [],
  },
];

/** Units that work together, as pairs of unit keys. */
export const demoPartnerships: [string, string][] = [
  ["unn", "midt-troms"],
  ["unn", "malselv"],
  ["midt-troms", "lenvik"],
  ["midt-troms", "malselv"],
  ["malselv", "frisklivs-malselv"],
];

export type DemoCourse = {
  title: string;
  summary: string;
  owners: string[];
  targetGroup: TargetGroup;
  diagnosis: string | null;
  format: CourseFormat;
  enrolment: Enrolment;
  /** The working group as [email, role, profession?]. */
  workingGroup: [string, Role, string?][];
  /** Runs as [weeks from today to the first day, length in days, capacity, phase]. */
  runs: [number, number, number, "PLANNING" | "READY" | "RUNNING" | "EVALUATION" | "COMPLETED"][];
};

export const demoCourses: DemoCourse[] = [
  {
    title: "Startkurs diabetes type 2",
    summary:
      "To dager om å leve med diabetes type 2: kosthold, aktivitet, medisiner og erfaringer fra andre med diagnosen.",
    owners: ["unn"],
    targetGroup: "PATIENTS",
    diagnosis: "Diabetes type 2",
    format: "PHYSICAL",
    enrolment: "REFERRAL",
    workingGroup: [
      ["bruker@unn.example", "USER_REPRESENTATIVE"],
      ["fagperson@unn.example", "PROFESSIONAL", "Sykepleier"],
      ["koordinator@unn.example", "COORDINATOR"],
    ],
    runs: [
      [-10, 2, 14, "EVALUATION"],
      [6, 2, 14, "READY"],
      [20, 2, 14, "PLANNING"],
    ],
  },
  {
    title: "Lære å leve med KOLS",
    summary:
      "Kurs over to dager for personer med KOLS og deres pårørende: pust, fysisk aktivitet og mestring i hverdagen.",
    owners: ["unn"],
    targetGroup: "BOTH",
    diagnosis: "KOLS",
    format: "PHYSICAL",
    enrolment: "REFERRAL",
    workingGroup: [
      ["fagperson@unn.example", "PROFESSIONAL", "Sykepleier"],
      ["koordinator@unn.example", "COORDINATOR"],
    ],
    runs: [[8, 2, 12, "PLANNING"]],
  },
  {
    title: "KOLS-kurs i kommunen",
    summary: "Én samling i kommunen om å leve godt med KOLS. Ingen henvisning trengs.",
    owners: ["lenvik"],
    targetGroup: "PATIENTS",
    diagnosis: "KOLS",
    format: "PHYSICAL",
    enrolment: "DIRECT",
    workingGroup: [
      ["bruker@midt-troms.example", "USER_REPRESENTATIVE"],
      ["koordinator@lenvik.example", "COORDINATOR"],
    ],
    runs: [[3, 1, 15, "READY"]],
  },
  {
    title: "Hjerterehabilitering",
    summary: "Opplæring og trening etter hjertesykdom, med innlegg fra fagpersoner og en erfaren brukerrepresentant.",
    owners: ["unn"],
    targetGroup: "PATIENTS",
    diagnosis: "Hjertesykdom",
    format: "HYBRID",
    enrolment: "REFERRAL",
    workingGroup: [
      ["bruker@unn.example", "USER_REPRESENTATIVE"],
      ["fagperson@unn.example", "PROFESSIONAL", "Sykepleier"],
    ],
    runs: [[1, 1, 12, "RUNNING"]],
  },
  {
    title: "Starthjelp for foreldre til barn med nedsatt funksjonsevne",
    summary: "Fire samlinger for foreldre: rettigheter, tjenester, søskens behov og erfaringer fra andre foreldre.",
    owners: ["unn", "malselv"],
    targetGroup: "RELATIVES",
    diagnosis: null,
    format: "PHYSICAL",
    enrolment: "REFERRAL",
    workingGroup: [
      ["koordinator@unn.example", "COORDINATOR"],
      ["koordinator@malselv.example", "COORDINATOR"],
    ],
    runs: [[10, 22, 15, "PLANNING"]],
  },
  {
    title: "SMIL – styrket mestring i livet",
    summary:
      "Gruppetilbud for barn 8–12 år som har foreldre med psykisk sykdom eller rusproblemer: 12 samlinger og 2 foreldremøter.",
    owners: ["midt-troms"],
    targetGroup: "RELATIVES",
    diagnosis: null,
    format: "PHYSICAL",
    enrolment: "DIRECT",
    workingGroup: [
      ["bruker@midt-troms.example", "USER_REPRESENTATIVE"],
      ["koordinator@midt-troms.example", "COORDINATOR"],
    ],
    runs: [[5, 84, 8, "READY"]],
  },
  {
    title: "Helt sjef! for unge voksne 17–26",
    summary: "Seks samlinger à 2,5 timer for unge voksne med langvarige helseutfordringer.",
    owners: ["midt-troms"],
    targetGroup: "PATIENTS",
    diagnosis: null,
    format: "HYBRID",
    enrolment: "DIRECT",
    workingGroup: [],
    runs: [[4, 36, 12, "PLANNING"]],
  },
  {
    title: "Mestringstreff",
    summary: "Diagnoseuavhengig kurs i seks samlinger om å leve med langvarig sykdom.",
    owners: ["malselv"],
    targetGroup: "BOTH",
    diagnosis: null,
    format: "PHYSICAL",
    enrolment: "DIRECT",
    workingGroup: [
      ["frisklivs@malselv.example", "PROFESSIONAL", "Fysioterapeut"],
      ["koordinator@malselv.example", "COORDINATOR"],
    ],
    runs: [[2, 36, 15, "READY"]],
  },
  {
    title: "Pårørendeskole demens",
    summary: "Fem kvelder for pårørende til personer med demens, i samarbeid med Nasjonalforeningen for folkehelsen.",
    owners: ["lenvik", "midt-troms"],
    targetGroup: "RELATIVES",
    diagnosis: "Demens",
    format: "PHYSICAL",
    enrolment: "DIRECT",
    workingGroup: [
      ["bruker@midt-troms.example", "USER_REPRESENTATIVE"],
      ["koordinator@lenvik.example", "COORDINATOR"],
      ["koordinator@midt-troms.example", "COORDINATOR"],
    ],
    runs: [[7, 29, 20, "PLANNING"]],
  },
  {
    title: "Mestringskurs for pårørende",
    summary: "Tre samlinger à to timer for pårørende, med plass til 15 deltakere.",
    owners: ["malselv"],
    targetGroup: "RELATIVES",
    diagnosis: null,
    format: "PHYSICAL",
    enrolment: "DIRECT",
    workingGroup: [],
    runs: [[12, 15, 15, "PLANNING"]],
  },
  {
    title: "Pårørendekurs bipolar lidelse",
    summary: "To digitale samlinger for pårørende til personer med bipolar lidelse.",
    owners: ["unn"],
    targetGroup: "RELATIVES",
    diagnosis: "Bipolar lidelse",
    format: "DIGITAL",
    enrolment: "DIRECT",
    workingGroup: [],
    runs: [[9, 8, 20, "PLANNING"]],
  },
  {
    title: "IBD-kurs",
    summary: "Kurs for personer med ulcerøs kolitt eller Crohns sykdom, digitalt over video.",
    owners: ["unn"],
    targetGroup: "PATIENTS",
    diagnosis: "Inflammatorisk tarmsykdom (IBD)",
    format: "DIGITAL",
    enrolment: "REFERRAL",
    workingGroup: [],
    runs: [[14, 1, 25, "PLANNING"]],
  },
  {
    title: "Parkinsonkurs",
    summary: "Kurs for personer med Parkinsons sykdom og deres pårørende.",
    owners: ["unn"],
    targetGroup: "BOTH",
    diagnosis: "Parkinsons sykdom",
    format: "PHYSICAL",
    enrolment: "REFERRAL",
    workingGroup: [],
    runs: [[16, 2, 14, "PLANNING"]],
  },
  {
    title: "Kurs etter overvektsoperasjon",
    summary: "Oppfølgingskurs etter fedmekirurgi: kosthold, aktivitet og livet etter operasjonen.",
    owners: ["unn"],
    targetGroup: "PATIENTS",
    diagnosis: "Fedmekirurgi",
    format: "PHYSICAL",
    enrolment: "REFERRAL",
    workingGroup: [],
    runs: [[11, 1, 16, "PLANNING"]],
  },
];
