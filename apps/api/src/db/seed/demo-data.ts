import type {
  CourseFormat,
  Enrolment,
  ProgrammeItemKind,
  Role,
  RunPhase,
  TargetGroup,
  UnitKind,
} from "../../generated/prisma/enums.ts";

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
    email: "fagperson@midt-troms.example",
    name: "Hanne Mikkelsen",
    description: "professional (psychiatric nurse), Midt-Troms and Lenvik",
    memberships: [
      { unit: "midt-troms", role: "PROFESSIONAL", profession: "Psykiatrisk sykepleier" },
      { unit: "lenvik", role: "PROFESSIONAL", profession: "Psykiatrisk sykepleier" },
    ],
  },
  {
    email: "bruker@malselv.example",
    name: "Bjørn Olsen",
    description: "user representative (Mental Helse), Målselv and Midt-Troms",
    memberships: [
      { unit: "malselv", role: "USER_REPRESENTATIVE", represents: "mental-helse" },
      { unit: "midt-troms", role: "USER_REPRESENTATIVE", represents: "mental-helse" },
      { unit: "mental-helse", role: "USER_REPRESENTATIVE" },
    ],
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

/** A programme item: [kind, title, minutes, the role of the working-group member who presents it]. */
export type DemoItem = [ProgrammeItemKind, string, number, ("USER_REPRESENTATIVE" | "PROFESSIONAL")?];

export type DemoSession = {
  /** Days after the run's first day. */
  day: number;
  from: string;
  to: string;
  /** The room; null for a session held only over video. */
  place: string | null;
  /** Held (also) over video: the run's video link. */
  online?: boolean;
  items: DemoItem[];
};

export type DemoRun = {
  /** Days from the seed's today to the first day (negative: already started). */
  startsInDays: number;
  lengthDays: number;
  capacity: number;
  phase: Exclude<RunPhase, "CANCELLED">;
  venue?: string;
  /** The participant's fee (egenandel) in kroner. */
  feeNok?: number;
  /** Sign-up closes this many days before the first day (otherwise the day before). */
  signupClosesDaysBefore?: number;
  sessions?: DemoSession[];
  /** Synthetic participants: confirmed seats, then people on the waiting list. */
  participants?: { confirmed: number; waiting?: number };
};

export type DemoCourse = {
  title: string;
  summary: string;
  owners: string[];
  targetGroup: TargetGroup;
  diagnosis: string | null;
  ageFrom?: number;
  ageTo?: number;
  format: CourseFormat;
  languages?: string[];
  enrolment: Enrolment;
  /** The working group as [email, role, profession?]. */
  workingGroup: [string, Role, string?][];
  runs: DemoRun[];
};

const weekly = (count: number, from: string, to: string, place: string | null, items: (n: number) => DemoItem[]) =>
  Array.from({ length: count }, (_, n): DemoSession => ({ day: n * 7, from, to, place, items: items(n) }));

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
      { startsInDays: -70, lengthDays: 2, capacity: 14, phase: "EVALUATION" },
      {
        startsInDays: 42,
        lengthDays: 2,
        capacity: 14,
        phase: "READY",
        venue: "UNN Tromsø, Lærings- og mestringssenteret",
        sessions: [
          {
            day: 0,
            from: "09:00",
            to: "15:00",
            place: "UNN Tromsø, Lærings- og mestringssenteret",
            items: [
              ["TALK", "Hva er diabetes type 2?", 45, "PROFESSIONAL"],
              ["USER_STORY", "Å leve med diabetes – min erfaring", 30, "USER_REPRESENTATIVE"],
              ["BREAK", "Lunsj", 30],
              ["TALK", "Kosthold i hverdagen", 75, "PROFESSIONAL"],
              ["GROUP_CONVERSATION", "Erfaringsdeling i grupper", 45, "USER_REPRESENTATIVE"],
              ["EXERCISE", "Gåtur og aktivitet", 30, "PROFESSIONAL"],
            ],
          },
          {
            day: 1,
            from: "09:00",
            to: "15:00",
            place: "UNN Tromsø, Lærings- og mestringssenteret",
            items: [
              ["TALK", "Medisiner og blodsukker", 60, "PROFESSIONAL"],
              ["GROUP_CONVERSATION", "Hva gjør jeg når det butter?", 45, "USER_REPRESENTATIVE"],
              ["BREAK", "Lunsj", 30],
              ["TALK", "Føttene, øynene og hjertet", 45, "PROFESSIONAL"],
              ["USER_STORY", "Diabetesforbundet – et fellesskap", 20, "USER_REPRESENTATIVE"],
              ["GROUP_CONVERSATION", "Oppsummering og veien videre", 30, "PROFESSIONAL"],
            ],
          },
        ],
      },
      { startsInDays: 140, lengthDays: 2, capacity: 14, phase: "PLANNING" },
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
    runs: [{ startsInDays: 56, lengthDays: 2, capacity: 12, phase: "PLANNING" }],
  },
  {
    title: "KOLS-kurs i kommunen",
    summary: "Én samling i kommunen om å leve godt med KOLS. Ingen henvisning trengs.",
    owners: ["lenvik"],
    targetGroup: "PATIENTS",
    diagnosis: "KOLS",
    format: "PHYSICAL",
    languages: ["nb", "se"],
    enrolment: "DIRECT",
    workingGroup: [
      ["bruker@midt-troms.example", "USER_REPRESENTATIVE"],
      ["fagperson@midt-troms.example", "PROFESSIONAL", "Psykiatrisk sykepleier"],
      ["koordinator@lenvik.example", "COORDINATOR"],
    ],
    runs: [
      {
        startsInDays: 21,
        lengthDays: 1,
        capacity: 12,
        phase: "READY",
        venue: "Finnsnes helsehus",
        feeNok: 200,
        // Full: every seat is taken and three people wait for one.
        participants: { confirmed: 12, waiting: 3 },
        sessions: [
          {
            day: 0,
            from: "10:00",
            to: "14:00",
            place: "Finnsnes helsehus, møterom 2",
            items: [
              ["TALK", "Hva er KOLS?", 45, "PROFESSIONAL"],
              ["USER_STORY", "Slik mestrer jeg KOLS", 30, "USER_REPRESENTATIVE"],
              ["BREAK", "Lunsj", 30],
              ["EXERCISE", "Pusteteknikker", 45, "PROFESSIONAL"],
              ["GROUP_CONVERSATION", "Erfaringsdeling", 45, "USER_REPRESENTATIVE"],
            ],
          },
        ],
      },
    ],
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
    runs: [
      {
        // Under way since yesterday: its first session can have its attendance recorded.
        startsInDays: -1,
        lengthDays: 14,
        capacity: 12,
        phase: "RUNNING",
        venue: "UNN Tromsø, treningssalen",
        participants: { confirmed: 10 },
        sessions: [0, 7, 13].map((day) => ({
          day,
          from: "10:00",
          to: "14:00",
          place: "UNN Tromsø, treningssalen",
          online: true,
          items: [
            ["TALK", day === 0 ? "Hjertet og sykdommen" : "Medisiner og livsstil", 45, "PROFESSIONAL"],
            ["EXERCISE", "Trening med fysioterapeut", 45, "PROFESSIONAL"],
            ["BREAK", "Lunsj", 30],
            ["USER_STORY", "Livet etter hjerteinfarktet", 30, "USER_REPRESENTATIVE"],
            ["GROUP_CONVERSATION", "Erfaringsdeling", 45, "USER_REPRESENTATIVE"],
          ],
        })),
      },
    ],
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
    runs: [{ startsInDays: 70, lengthDays: 22, capacity: 15, phase: "PLANNING" }],
  },
  {
    title: "SMIL – styrket mestring i livet",
    summary:
      "Gruppetilbud for barn 8–12 år som har foreldre med psykisk sykdom eller rusproblemer: 12 samlinger og 2 foreldremøter.",
    owners: ["midt-troms"],
    targetGroup: "RELATIVES",
    diagnosis: null,
    ageFrom: 8,
    ageTo: 12,
    format: "PHYSICAL",
    enrolment: "DIRECT",
    workingGroup: [
      ["bruker@midt-troms.example", "USER_REPRESENTATIVE"],
      ["fagperson@midt-troms.example", "PROFESSIONAL", "Psykiatrisk sykepleier"],
      ["koordinator@midt-troms.example", "COORDINATOR"],
    ],
    runs: [
      {
        startsInDays: 35,
        lengthDays: 84,
        capacity: 8,
        phase: "READY",
        venue: "Finnsnes familiesenter",
        sessions: weekly(3, "17:00", "18:30", "Finnsnes familiesenter", (n) => [
          ["GROUP_CONVERSATION", n === 0 ? "Bli kjent" : "Hvordan har uka vært?", 20, "PROFESSIONAL"],
          [
            "TALK",
            ["Følelser", "Hva er psykisk sykdom?", "Å snakke om det vanskelige"][n] ?? "Tema",
            30,
            "PROFESSIONAL",
          ],
          ["USER_STORY", "Da jeg var barn", 15, "USER_REPRESENTATIVE"],
          ["EXERCISE", "Lek og samarbeid", 25, "USER_REPRESENTATIVE"],
        ]),
      },
    ],
  },
  {
    title: "Helt sjef! for unge voksne 17–26",
    summary: "Seks samlinger à 2,5 timer for unge voksne med langvarige helseutfordringer, på stedet eller over video.",
    owners: ["midt-troms"],
    targetGroup: "PATIENTS",
    diagnosis: null,
    ageFrom: 17,
    ageTo: 26,
    format: "HYBRID",
    enrolment: "DIRECT",
    workingGroup: [
      ["bruker@malselv.example", "USER_REPRESENTATIVE"],
      ["fagperson@midt-troms.example", "PROFESSIONAL", "Psykiatrisk sykepleier"],
    ],
    runs: [
      {
        startsInDays: 28,
        lengthDays: 36,
        capacity: 12,
        phase: "READY",
        venue: "Finnsnes ungdomshus",
        sessions: weekly(6, "17:00", "19:30", "Finnsnes ungdomshus", (n) => [
          [
            "TALK",
            [
              "Meg og helsa mi",
              "Skole og jobb",
              "Venner og kjærester",
              "Stress og mestring",
              "Rettigheter",
              "Veien videre",
            ][n] ?? "Tema",
            45,
            "PROFESSIONAL",
          ],
          ["USER_STORY", "Min historie", 30, "USER_REPRESENTATIVE"],
          ["BREAK", "Pause", 15],
          ["GROUP_CONVERSATION", "Samtale i grupper", 45, "USER_REPRESENTATIVE"],
        ]).map((session) => ({ ...session, online: true })),
      },
    ],
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
      ["bruker@malselv.example", "USER_REPRESENTATIVE"],
      ["frisklivs@malselv.example", "PROFESSIONAL", "Fysioterapeut"],
      ["koordinator@malselv.example", "COORDINATOR"],
    ],
    runs: [
      {
        startsInDays: 14,
        lengthDays: 36,
        capacity: 15,
        phase: "READY",
        venue: "Målselv rådhus, kantina",
        feeNok: 350,
        sessions: weekly(6, "18:00", "20:30", "Målselv rådhus, kantina", (n) => [
          [
            "TALK",
            [
              "Å leve med langvarig sykdom",
              "Søvn og hvile",
              "Fysisk aktivitet",
              "Kosthold",
              "Relasjoner og nettverk",
              "Veien videre",
            ][n] ?? "Tema",
            45,
            "PROFESSIONAL",
          ],
          ["USER_STORY", "Erfaringer fra eget liv", 20, "USER_REPRESENTATIVE"],
          ["BREAK", "Pause", 15],
          ["GROUP_CONVERSATION", "Samtale i grupper", 45, "USER_REPRESENTATIVE"],
        ]),
      },
    ],
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
      ["fagperson@midt-troms.example", "PROFESSIONAL", "Psykiatrisk sykepleier"],
      ["koordinator@lenvik.example", "COORDINATOR"],
      ["koordinator@midt-troms.example", "COORDINATOR"],
    ],
    runs: [
      {
        startsInDays: 49,
        lengthDays: 29,
        capacity: 20,
        phase: "READY",
        venue: "Lenvik bibliotek, Finnsnes",
        signupClosesDaysBefore: 7,
        participants: { confirmed: 8 },
        sessions: weekly(5, "18:00", "21:00", "Lenvik bibliotek, Finnsnes", (n) => [
          [
            "TALK",
            ["Hva er demens?", "Kommunikasjon", "Rettigheter og tjenester", "Å ta vare på seg selv", "Veien videre"][
              n
            ] ?? "Tema",
            60,
            "PROFESSIONAL",
          ],
          ["BREAK", "Pause", 15],
          ["USER_STORY", "Fra en pårørende", 30, "USER_REPRESENTATIVE"],
          ["GROUP_CONVERSATION", "Erfaringsdeling", 45, "USER_REPRESENTATIVE"],
        ]),
      },
    ],
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
    runs: [{ startsInDays: 84, lengthDays: 15, capacity: 15, phase: "PLANNING" }],
  },
  {
    title: "Pårørendekurs bipolar lidelse",
    summary: "To digitale samlinger for pårørende til personer med bipolar lidelse.",
    owners: ["unn"],
    targetGroup: "RELATIVES",
    diagnosis: "Bipolar lidelse",
    format: "DIGITAL",
    languages: ["nb", "en"],
    enrolment: "DIRECT",
    workingGroup: [
      ["bruker@unn.example", "USER_REPRESENTATIVE"],
      ["fagperson@unn.example", "PROFESSIONAL", "Sykepleier"],
    ],
    runs: [
      {
        startsInDays: 63,
        lengthDays: 8,
        capacity: 20,
        phase: "READY",
        sessions: [
          {
            day: 0,
            from: "18:00",
            to: "20:30",
            place: null,
            online: true,
            items: [
              ["TALK", "Hva er bipolar lidelse?", 45, "PROFESSIONAL"],
              ["USER_STORY", "Å være pårørende", 30, "USER_REPRESENTATIVE"],
              ["BREAK", "Pause", 15],
              ["GROUP_CONVERSATION", "Erfaringsdeling", 45, "USER_REPRESENTATIVE"],
            ],
          },
          {
            day: 7,
            from: "18:00",
            to: "20:30",
            place: null,
            online: true,
            items: [
              ["TALK", "Behandling og hjelpetilbud", 45, "PROFESSIONAL"],
              ["GROUP_CONVERSATION", "Å ta vare på seg selv", 45, "USER_REPRESENTATIVE"],
              ["BREAK", "Pause", 15],
              ["USER_STORY", "Veien videre", 20, "USER_REPRESENTATIVE"],
            ],
          },
        ],
      },
    ],
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
    runs: [{ startsInDays: 98, lengthDays: 1, capacity: 25, phase: "PLANNING" }],
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
    runs: [{ startsInDays: 112, lengthDays: 2, capacity: 14, phase: "PLANNING" }],
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
    runs: [{ startsInDays: 77, lengthDays: 1, capacity: 16, phase: "PLANNING" }],
  },
];
