import { z } from "zod";
import { runPhases } from "./phase.ts";
import { roleSchema } from "./roles.ts";
import { optionalText, requiredText } from "./text.schema.ts";

export const targetGroupSchema = z.enum(["PATIENTS", "RELATIVES", "BOTH"]);
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export const courseFormatSchema = z.enum(["PHYSICAL", "DIGITAL", "HYBRID"]);
export type CourseFormat = z.infer<typeof courseFormatSchema>;
export const enrolmentSchema = z.enum(["REFERRAL", "DIRECT"]);
export type Enrolment = z.infer<typeof enrolmentSchema>;
export const runPhaseSchema = z.enum(runPhases);

/** What the signed-in person may do with a course, computed on the server (see access.ts). */
export const courseAbilitiesSchema = z.object({
  canView: z.boolean(),
  canEdit: z.boolean(),
  canManageWorkingGroup: z.boolean(),
  canSeeParticipants: z.boolean(),
});

export const courseSummarySchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string(),
    targetGroup: targetGroupSchema,
    diagnosis: z.string().nullable(),
    format: courseFormatSchema,
    enrolment: enrolmentSchema,
    owners: z.array(z.object({ id: z.uuid(), name: z.string() })),
    nextRun: z.object({ id: z.uuid(), startsOn: z.iso.date(), phase: runPhaseSchema }).nullable(),
    abilities: courseAbilitiesSchema,
  })
  .meta({ id: "CourseSummary" });
export type CourseSummary = z.infer<typeof courseSummarySchema>;

export const pageQuerySchema = z.object({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const courseListSchema = z
  .object({ items: z.array(courseSummarySchema), nextCursor: z.string().nullable() })
  .meta({ id: "CourseList" });
export type CourseList = z.infer<typeof courseListSchema>;

export const courseIdParamsSchema = z.object({ courseId: z.uuid() });

export const courseDetailSchema = courseSummarySchema
  .omit({ nextRun: true })
  .extend({
    ageFrom: z.number().int().nullable(),
    ageTo: z.number().int().nullable(),
    languages: z.array(z.string()),
    version: z.number().int(),
    workingGroup: z.array(
      z.object({ personId: z.uuid(), name: z.string(), role: roleSchema, profession: z.string().nullable() }),
    ),
    runs: z.array(
      z.object({
        id: z.uuid(),
        startsOn: z.iso.date(),
        endsOn: z.iso.date(),
        venue: z.string().nullable(),
        videoLink: z.string().nullable(),
        capacity: z.number().int(),
        phase: runPhaseSchema,
      }),
    ),
  })
  .meta({ id: "CourseDetail" });
export type CourseDetail = z.infer<typeof courseDetailSchema>;

// Writing courses, runs and working groups. Rules across fields name the later field and carry their
// domain code as zod's message under the generic code "custom" (as `to_before_from` in audit.schema.ts),
// which the web app reads the same way from its own validation and from the API's field errors.

const ageSchema = z.number().int().min(0).max(120).nullable().optional();

/** An ISO 639 language code: nb, nn, se (nordsamisk), en, … */
export const languageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, { error: "invalid_language" });

const courseFields = z.object({
  title: requiredText(200),
  summary: z.string().trim().max(2000).default(""),
  targetGroup: targetGroupSchema,
  /** Age range of the target group, when the course is for an age group (e.g. 17–26). */
  ageFrom: ageSchema,
  ageTo: ageSchema,
  /** Null: diagnosis-independent. */
  diagnosis: optionalText(200),
  format: courseFormatSchema,
  languages: z
    .array(languageCodeSchema)
    .min(1)
    .max(5)
    .refine((codes) => new Set(codes).size === codes.length, { error: "duplicate_language" }),
  enrolment: enrolmentSchema,
});

const agesInOrder = (course: { ageFrom?: number | null | undefined; ageTo?: number | null | undefined }) =>
  course.ageFrom == null || course.ageTo == null || course.ageTo >= course.ageFrom;
const ageOrder = { path: ["ageTo"], error: "before_start" };

/** Edit a course's facts (the whole set, as the form shows them). */
export const courseChangesSchema = courseFields.refine(agesInOrder, ageOrder).meta({ id: "CourseChanges" });
export type CourseChangesInput = z.input<typeof courseChangesSchema>;
export type CourseChanges = z.output<typeof courseChangesSchema>;

const videoLinkSchema = z
  .string()
  .trim()
  .max(500)
  .transform((value) => (value === "" ? null : value))
  .pipe(z.url({ protocol: /^https?$/ }).nullable())
  .nullable();

/** Edit a run's dates, place and capacity. Dates are local calendar dates (YYYY-MM-DD). */
export const runChangesSchema = z
  .object({
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    venue: optionalText(300).default(null),
    videoLink: videoLinkSchema.default(null),
    capacity: z.number().int().min(1).max(500),
  })
  .refine((run) => run.endsOn >= run.startsOn, { path: ["endsOn"], error: "before_start" })
  .meta({ id: "RunChanges" });
export type RunChangesInput = z.input<typeof runChangesSchema>;
export type RunChanges = z.output<typeof runChangesSchema>;

/** The built-in templates (their content is in course-templates.ts, which imports this file). */
export const courseTemplateKeys = ["startkurs-diabetes-2", "parorendeskole", "mestringskurs", "tomt-kurs"] as const;
export type CourseTemplateKey = (typeof courseTemplateKeys)[number];

/** Create a course: its facts, its owner units, optionally a template for the plan and a first run. */
export const newCourseSchema = courseFields
  .extend({
    ownerUnitIds: z.array(z.uuid()).min(1).max(5),
    templateKey: z.enum(courseTemplateKeys).optional(),
    /** The template's plan text goes into this run; without a run there is no plan yet. */
    firstRun: runChangesSchema.optional(),
  })
  .refine(agesInOrder, ageOrder)
  .meta({ id: "NewCourse" });
export type NewCourseInput = z.input<typeof newCourseSchema>;
export type NewCourse = z.output<typeof newCourseSchema>;

/**
 * Copy a course to other units (e.g. a municipality taking over a hospital's course): its facts, and
 * with a first run, the latest signed plan. The copy is a new course with its own working group.
 */
export const courseCopySchema = z
  .object({
    title: requiredText(200),
    ownerUnitIds: z.array(z.uuid()).min(1).max(5),
    firstRun: runChangesSchema.optional(),
  })
  .meta({ id: "CourseCopy" });
export type CourseCopyInput = z.input<typeof courseCopySchema>;
export type CourseCopy = z.output<typeof courseCopySchema>;

export const courseTemplateSchema = z
  .object({
    key: z.enum(courseTemplateKeys),
    titles: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
    fields: z.object({
      summary: z.string(),
      targetGroup: targetGroupSchema,
      ageFrom: z.number().int().nullable(),
      ageTo: z.number().int().nullable(),
      diagnosis: z.string().nullable(),
      format: courseFormatSchema,
      languages: z.array(z.string()),
      enrolment: enrolmentSchema,
    }),
  })
  .meta({ id: "CourseTemplate" });
export const courseTemplateListSchema = z
  .object({ items: z.array(courseTemplateSchema) })
  .meta({ id: "CourseTemplateList" });
export type CourseTemplateList = z.infer<typeof courseTemplateListSchema>;

/** What the signed-in person may do with a run: edit it (while it is open) and manage its course's group. */
export const runAbilitiesSchema = z.object({ canEdit: z.boolean(), canManageWorkingGroup: z.boolean() });

export const runDetailSchema = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    venue: z.string().nullable(),
    videoLink: z.string().nullable(),
    capacity: z.number().int(),
    phase: runPhaseSchema,
    /** The phase a cancelled run was cancelled from; null for a run that is not cancelled. */
    cancelledFrom: runPhaseSchema.nullable().optional(),
    version: z.number().int(),
    abilities: runAbilitiesSchema,
  })
  .meta({ id: "RunDetail" });
export type RunDetail = z.infer<typeof runDetailSchema>;

/** The roles a person has in a working group (unit leaders lead units, not courses). */
export const workingGroupRoleSchema = z.enum(["USER_REPRESENTATIVE", "PROFESSIONAL", "COORDINATOR", "EVALUATOR"]);
export type WorkingGroupRole = z.infer<typeof workingGroupRoleSchema>;

export const workingGroupMemberSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    name: z.string(),
    role: roleSchema,
    profession: z.string().nullable(),
    addedAt: z.iso.datetime(),
    /** Set once the member left the group; the row stays, so the group's history does too. */
    removedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "WorkingGroupMember" });

/** Current and former members, current first (each part in the order they joined). */
export const workingGroupSchema = z.object({ members: z.array(workingGroupMemberSchema) }).meta({ id: "WorkingGroup" });
export type WorkingGroup = z.infer<typeof workingGroupSchema>;

export const newMemberSchema = z
  .object({
    personId: z.uuid(),
    role: workingGroupRoleSchema,
    /** Only for professionals; when left out, the profession of their role in a unit is used. */
    profession: optionalText(100).optional(),
  })
  .refine((member) => !member.profession || member.role === "PROFESSIONAL", {
    path: ["profession"],
    error: "profession_not_allowed",
  })
  .meta({ id: "NewWorkingGroupMember" });
export type NewMember = z.output<typeof newMemberSchema>;

export const runIdParamsSchema = z.object({ runId: z.uuid() });
export const memberIdParamsSchema = z.object({ memberId: z.uuid() });
export const courseOwnerParamsSchema = z.object({ courseId: z.uuid(), unitId: z.uuid() });
