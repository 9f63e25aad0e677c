import type { CourseFormat, CourseTemplateKey, Enrolment, TargetGroup } from "./course.schema.ts";
import { type PlanElementKind, planElementKinds } from "./plan.schema.ts";

// Built-in course templates for the "new course" form: the course's usual facts and a starting text
// for each of the six elements of the didactic plan (didaktisk relasjonsmodell). The texts are a
// start for the working group to rewrite together, written in the spirit of the Standard metode:
// user knowledge and professional knowledge count the same, and every session leaves time for
// participants to share experience.

export type CourseTemplate = {
  key: CourseTemplateKey;
  titles: { nb: string; nn: string; en: string };
  fields: {
    summary: string;
    targetGroup: TargetGroup;
    ageFrom: number | null;
    ageTo: number | null;
    /** Null: diagnosis-independent. */
    diagnosis: string | null;
    format: CourseFormat;
    languages: string[];
    enrolment: Enrolment;
  };
  /** Starting text of each plan element, in bokmål. */
  plan: Record<PlanElementKind, string>;
};

const emptyPlan = Object.fromEntries(planElementKinds.map((kind) => [kind, ""])) as Record<PlanElementKind, string>;

export const courseTemplates: readonly CourseTemplate[] = [
  {
    key: "startkurs-diabetes-2",
    titles: {
      nb: "Startkurs diabetes type 2 (2 dager)",
      nn: "Startkurs diabetes type 2 (2 dagar)",
      en: "Starter course, type 2 diabetes (2 days)",
    },
    fields: {
      summary: "For deg som nylig har fått diabetes type 2, og dine pårørende.",
      targetGroup: "BOTH",
      ageFrom: null,
      ageTo: null,
      diagnosis: "Diabetes type 2",
      format: "PHYSICAL",
      languages: ["nb"],
      enrolment: "REFERRAL",
    },
    plan: {
      TARGET_GROUP:
        "Voksne som har fått diabetes type 2 det siste året, og pårørende. Deltakerne har ulik erfaring med " +
        "kosthold, aktivitet og blodsukkermåling; noen trenger tolk eller enkelt språk. 8–15 deltakere.",
      GOALS:
        "Deltakerne forstår hva diabetes type 2 er og hvordan den virker inn på hverdagen, kjenner til hva de selv " +
        "kan gjøre med kosthold, aktivitet og medisiner, har delt erfaringer med andre i samme situasjon og " +
        "kjenner seg tryggere på å leve med sykdommen.",
      FRAME:
        "To dager (kl. 09.00–15.00) med en uke mellom, til sammen om lag 10 undervisningstimer. Henvisning fra " +
        "fastlege. Kursrom på sykehuset, pauser med enkel servering. Kursledere: én fagperson og én " +
        "brukerrepresentant fra Diabetesforbundet (honorar og reise i budsjettet).",
      CONTENT:
        "Dag 1: Hva er diabetes type 2? Blodsukker og måling. Brukerinnlegg: å leve med diabetes. Mat i hverdagen.\n" +
        "Dag 2: Fysisk aktivitet. Medisiner og oppfølging hos fastlegen. Føttene og følgesykdommer. Rettigheter og " +
        "likepersonstilbud i Diabetesforbundet.",
      METHODS:
        "Korte fagforedrag, brukerinnlegg fra egen erfaring, samtaler i små grupper og praktiske øvelser (for " +
        "eksempel å lese matvareetiketter). Brukerrepresentant og fagperson forbereder og leder sammen. Hver dag " +
        "har satt av tid til erfaringsdeling og slutter med en muntlig runde.",
      EVALUATION:
        "Anonym skriftlig evaluering på slutten av dag 2 med spørsmål fra NK LMHs spørsmålsbank (kursevaluering og " +
        "deltakerutbytte). Arbeidsgruppen leser svarene sammen på et evalueringsmøte, ser også på hvordan gruppen " +
        "delte oppgavene, og avtaler endringer før neste kurs.",
    },
  },
  {
    key: "parorendeskole",
    titles: {
      nb: "Pårørendeskole (5 kvelder)",
      nn: "Pårørandeskule (5 kveldar)",
      en: "School for relatives (5 evenings)",
    },
    fields: {
      summary: "Kveldskurs for deg som er pårørende til en som har demens.",
      targetGroup: "RELATIVES",
      ageFrom: null,
      ageTo: null,
      diagnosis: "Demens",
      format: "PHYSICAL",
      languages: ["nb"],
      enrolment: "DIRECT",
    },
    plan: {
      TARGET_GROUP:
        "Pårørende til personer med demens som bor hjemme eller i institusjon: ektefeller, barn og andre nære. " +
        "Mange er slitne og har lite tid; noen har lang erfaring som pårørende, andre står helt i starten.",
      GOALS:
        "Deltakerne får kunnskap om demens og om hjelpen som finnes i kommunen, kjenner seg mindre alene, har " +
        "fått ideer fra andre pårørende til å møte hverdagen, og vet hvordan de kan ta vare på seg selv.",
      FRAME:
        "Fem kvelder à 2,5 timer, én kveld i uka. 10–20 deltakere, direkte påmelding. Kommunens møterom; kaffe og " +
        "noe å bite i. Samarbeid mellom kommunen og Nasjonalforeningen for folkehelsen; en pårørende med egen " +
        "erfaring er med i planlegging og på alle kveldene.",
      CONTENT:
        "1: Hva er demens? 2: Kommunikasjon og endret atferd. 3: Hjelp og rettigheter i kommunen. 4: Å være " +
        "pårørende over tid: sorg, skyld og egne grenser. 5: Veien videre, og samtalegrupper etter kurset. Hver " +
        "kveld har et innlegg fra en pårørende.",
      METHODS:
        "Et kort innlegg fra en fagperson og et fra en pårørende hver kveld, deretter samtale rundt bordene. " +
        "Erfaringene til deltakerne er like viktige som fagstoffet, og minst halvparten av tiden går til " +
        "erfaringsdeling.",
      EVALUATION:
        "Muntlig runde på slutten av hver kveld. Anonym skriftlig evaluering siste kveld (kursevaluering og " +
        "deltakerutbytte). Arbeidsgruppen går gjennom svarene sammen og avtaler hva som skal endres.",
    },
  },
  {
    key: "mestringskurs",
    titles: {
      nb: "Mestringskurs, diagnoseuavhengig (6 samlinger)",
      nn: "Meistringskurs, diagnoseuavhengig (6 samlingar)",
      en: "Coping course, any diagnosis (6 sessions)",
    },
    fields: {
      summary: "For deg som lever med en langvarig helseutfordring, uansett diagnose.",
      targetGroup: "PATIENTS",
      ageFrom: 18,
      ageTo: null,
      diagnosis: null,
      format: "HYBRID",
      languages: ["nb"],
      enrolment: "DIRECT",
    },
    plan: {
      TARGET_GROUP:
        "Voksne som lever med en langvarig sykdom eller helseutfordring, uansett diagnose. Deltakerne har ulik " +
        "bakgrunn og ulike behov; noen deltar hjemmefra på video.",
      GOALS:
        "Deltakerne blir bedre kjent med egne ressurser, finner mål de selv vil jobbe mot, lærer av hverandres " +
        "erfaringer og får mer tro på at de kan mestre hverdagen.",
      FRAME:
        "Seks samlinger à 2,5 timer, én i uka. 8–12 deltakere, direkte påmelding. Fysisk i kommunen med mulighet " +
        "for å delta på video. Kursledere: én erfaringskonsulent og én fagperson som leder alle samlingene sammen.",
      CONTENT:
        "Å leve med langvarig sykdom; energi og hvile; tanker og følelser; kommunikasjon med helsetjenesten og " +
        "familien; fysisk aktivitet i hverdagen; egne mål og veien videre. Hver samling har et innlegg fra egen " +
        "erfaring.",
      METHODS:
        "Samtale i gruppe, korte innlegg fra fagperson og erfaringskonsulent, refleksjonsoppgaver og små " +
        "hjemmeoppgaver. Brukerkunnskap og fagkunnskap vektes likt; hver samling har tid til erfaringsdeling.",
      EVALUATION:
        "Kort muntlig evaluering etter hver samling. Anonym skriftlig evaluering etter siste samling med spørsmål " +
        "om deltakerutbytte og mestring. Arbeidsgruppen leser resultatene sammen og reviderer planen.",
    },
  },
  {
    key: "tomt-kurs",
    titles: { nb: "Tomt kurs", nn: "Tomt kurs", en: "Empty course" },
    fields: {
      summary: "",
      targetGroup: "PATIENTS",
      ageFrom: null,
      ageTo: null,
      diagnosis: null,
      format: "PHYSICAL",
      languages: ["nb"],
      enrolment: "DIRECT",
    },
    plan: emptyPlan,
  },
];

/** The template with this key; the keys are validated by the schemas, so an unknown key is a bug. */
export function courseTemplate(key: CourseTemplateKey): CourseTemplate {
  const template = courseTemplates.find((candidate) => candidate.key === key);
  if (!template) throw new Error(`No course template ${key}`);
  return template;
}
