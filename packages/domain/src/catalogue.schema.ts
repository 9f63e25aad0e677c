import { z } from "zod";
import { courseFormatSchema, enrolmentSchema, languageCodeSchema, targetGroupSchema } from "./course.schema.ts";
import { programmeItemKindSchema, timeOfDaySchema } from "./programme.schema.ts";

// The public course catalogue (kurskatalog): what anyone may know about the published runs of every
// unit, without signing in. Never a video link, a presenter's name or anything about participants.

/** The `diagnosis` filter's value for diagnosis-independent courses (course.diagnosis is null). */
export const noDiagnosis = "none";

/** Target groups a visitor filters by: a course for both matches either. */
export const catalogueTargetGroupSchema = z.enum(["PATIENTS", "RELATIVES"]);
export type CatalogueTargetGroup = z.infer<typeof catalogueTargetGroupSchema>;

export const cataloguePageSize = { default: 20, max: 50 } as const;

/**
 * The catalogue's filters, shared by the API (which validates the query string) and the web app
 * (which keeps them in the page's URL). Dates are Europe/Oslo calendar dates; `from`/`to` pick the
 * runs that start in the window. Free text that is empty after trimming means "not filtered".
 */
export const catalogueFiltersSchema = z.object({
  q: z.string().trim().max(200).optional(),
  region: z.string().trim().max(100).optional(),
  municipality: z.string().trim().max(100).optional(),
  /** An owner unit's id. */
  unit: z.uuid().optional(),
  /** A course's exact diagnosis, or `none` for diagnosis-independent courses. */
  diagnosis: z.string().trim().max(200).optional(),
  targetGroup: catalogueTargetGroupSchema.optional(),
  format: courseFormatSchema.optional(),
  language: languageCodeSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type CatalogueFilters = z.infer<typeof catalogueFiltersSchema>;
export const catalogueFilterNames = catalogueFiltersSchema.keyof().options;
export type CatalogueFilterName = (typeof catalogueFilterNames)[number];

export const catalogueQuerySchema = catalogueFiltersSchema
  .extend({
    cursor: z.string().max(400).optional(),
    limit: z.coerce.number().int().min(1).max(cataloguePageSize.max).default(cataloguePageSize.default),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { path: ["to"], error: "to_before_from" });
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

/** Why sign-up is closed (see signupState in enrolment.ts). */
export const signupClosedReasonSchema = z.enum(["not_published", "cancelled", "deadline_passed", "started"]);

/** The sign-up state of a run on a day, as `signupState()` (enrolment.ts) computes it. */
export const signupStateSchema = z
  .discriminatedUnion("state", [
    z.object({ state: z.literal("open"), seatsLeft: z.number().int() }),
    z.object({ state: z.literal("waiting_list"), waiting: z.number().int() }),
    z.object({ state: z.literal("referral") }),
    z.object({ state: z.literal("closed"), reason: signupClosedReasonSchema }),
  ])
  .meta({ id: "SignupState" });

export const catalogueUnitSchema = z
  .object({ id: z.uuid(), name: z.string(), municipality: z.string().nullable(), region: z.string() })
  .meta({ id: "CatalogueUnit" });
export type CatalogueUnit = z.infer<typeof catalogueUnitSchema>;

/** A published run as the catalogue lists it. */
export const catalogueRunSchema = z
  .object({
    runId: z.uuid(),
    courseId: z.uuid(),
    title: z.string(),
    summary: z.string(),
    targetGroup: targetGroupSchema,
    ageFrom: z.number().int().nullable(),
    ageTo: z.number().int().nullable(),
    diagnosis: z.string().nullable(),
    format: courseFormatSchema,
    languages: z.array(z.string()),
    enrolment: enrolmentSchema,
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    /** Where it takes place; never the video link of a digital run. */
    venue: z.string().nullable(),
    capacity: z.number().int(),
    /** The participant's fee (egenandel) in whole kroner; null when free. */
    feeNok: z.number().int().nullable(),
    /** The last day to sign up (the run's own deadline, or the day before it starts). */
    lastSignupDay: z.iso.date(),
    owners: z.array(catalogueUnitSchema),
    signup: signupStateSchema,
  })
  .meta({ id: "CatalogueRun" });
export type CatalogueRun = z.infer<typeof catalogueRunSchema>;

export const catalogueRunListSchema = z
  .object({ items: z.array(catalogueRunSchema), nextCursor: z.string().nullable() })
  .meta({ id: "CatalogueRunList" });
export type CatalogueRunList = z.infer<typeof catalogueRunListSchema>;

/** A session of the public programme: no presenters, and only whether it is online, never the link. */
export const catalogueSessionSchema = z
  .object({
    date: z.iso.date(),
    startsAt: timeOfDaySchema,
    endsAt: timeOfDaySchema,
    place: z.string().nullable(),
    online: z.boolean(),
    teachingMinutes: z.number().int(),
    items: z.array(z.object({ kind: programmeItemKindSchema, title: z.string(), minutes: z.number().int() })),
  })
  .meta({ id: "CatalogueSession" });
export type CatalogueSession = z.infer<typeof catalogueSessionSchema>;

/** The public course page of a run: the listing's facts, the programme and how to reach the units. */
export const catalogueRunDetailSchema = catalogueRunSchema
  .extend({
    owners: z.array(
      catalogueUnitSchema.extend({ contactEmail: z.string().nullable(), contactPhone: z.string().nullable() }),
    ),
    sessions: z.array(catalogueSessionSchema),
    totalTeachingMinutes: z.number().int(),
  })
  .meta({ id: "CatalogueRunDetail" });
export type CatalogueRunDetail = z.infer<typeof catalogueRunDetailSchema>;

/** The choices the filters offer: only values that published, upcoming runs have. */
export const catalogueFacetsSchema = z
  .object({
    regions: z.array(z.string()),
    municipalities: z.array(z.string()),
    units: z.array(catalogueUnitSchema),
    /** Diagnoses by name; `diagnosisIndependent` tells whether to offer the `none` choice. */
    diagnoses: z.array(z.string()),
    diagnosisIndependent: z.boolean(),
    targetGroups: z.array(catalogueTargetGroupSchema),
    formats: z.array(courseFormatSchema),
    languages: z.array(z.string()),
  })
  .meta({ id: "CatalogueFacets" });
export type CatalogueFacets = z.infer<typeof catalogueFacetsSchema>;

export const catalogueRunParamsSchema = z.object({ runId: z.uuid() });
