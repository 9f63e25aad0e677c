import type { CatalogueFacets, CatalogueRun, CatalogueRunDetail } from "@sidestilt/domain/catalogue.schema";

// Synthetic public catalogue data: runs of two units in Nord-Norge.

export const unnId = "a0000000-0000-4000-8000-0000000000a1";
export const lenvikId = "a0000000-0000-4000-8000-0000000000a2";
const unn = { id: unnId, name: "Universitetssykehuset Nord-Norge LMS", municipality: "Tromsø", region: "Nord-Norge" };
const lenvik = { id: lenvikId, name: "Lenvik kommune", municipality: "Lenvik", region: "Nord-Norge" };

let sequence = 0;

export function aCatalogueRun(overrides: Partial<CatalogueRun> = {}): CatalogueRun {
  sequence += 1;
  const suffix = String(sequence).padStart(12, "0");
  return {
    runId: `d0000000-0000-4000-8000-${suffix}`,
    courseId: `c0000000-0000-4000-8000-${suffix}`,
    title: "KOLS-kurs i kommunen",
    summary: "Én samling i kommunen om å leve godt med KOLS.",
    targetGroup: "PATIENTS",
    ageFrom: null,
    ageTo: null,
    diagnosis: "KOLS",
    format: "PHYSICAL",
    languages: ["nb"],
    enrolment: "DIRECT",
    startsOn: "2031-02-03",
    endsOn: "2031-02-03",
    venue: "Finnsnes helsehus",
    capacity: 12,
    feeNok: 350,
    lastSignupDay: "2031-02-02",
    owners: [lenvik],
    signup: { state: "open", seatsLeft: 5 },
    ...overrides,
  };
}

export function aCatalogueRunDetail(overrides: Partial<CatalogueRunDetail> = {}): CatalogueRunDetail {
  const run = aCatalogueRun();
  return {
    ...run,
    owners: [{ ...lenvik, contactEmail: "lms@lenvik.example", contactPhone: "+47 77 87 00 00" }],
    sessions: [
      {
        date: "2031-02-03",
        startsAt: "10:00",
        endsAt: "14:00",
        place: "Finnsnes helsehus, møterom 2",
        online: false,
        teachingMinutes: 165,
        items: [
          { kind: "TALK", title: "Hva er KOLS?", minutes: 45 },
          { kind: "USER_STORY", title: "Slik mestrer jeg KOLS", minutes: 30 },
          { kind: "BREAK", title: "Lunsj", minutes: 30 },
          { kind: "EXERCISE", title: "Pusteteknikker", minutes: 90 },
        ],
      },
      {
        date: "2031-02-10",
        startsAt: "18:00",
        endsAt: "19:30",
        place: null,
        online: true,
        teachingMinutes: 90,
        items: [{ kind: "GROUP_CONVERSATION", title: "Erfaringsdeling", minutes: 90 }],
      },
    ],
    totalTeachingMinutes: 255,
    ...overrides,
  };
}

export function someFacets(overrides: Partial<CatalogueFacets> = {}): CatalogueFacets {
  return {
    regions: ["Nord-Norge"],
    municipalities: ["Lenvik", "Tromsø"],
    units: [lenvik, unn],
    diagnoses: ["Diabetes type 2", "KOLS"],
    diagnosisIndependent: true,
    targetGroups: ["PATIENTS", "RELATIVES"],
    formats: ["PHYSICAL", "DIGITAL"],
    languages: ["en", "nb"],
    ...overrides,
  };
}
