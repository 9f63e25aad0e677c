import { z } from "zod";
import { runPhases } from "./phase.ts";
import { roleSchema } from "./roles.ts";

export const targetGroupSchema = z.enum(["PATIENTS", "RELATIVES", "BOTH"]);
export const courseFormatSchema = z.enum(["PHYSICAL", "DIGITAL", "HYBRID"]);
export const enrolmentSchema = z.enum(["REFERRAL", "DIRECT"]);
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
        capacity: z.number().int(),
        phase: runPhaseSchema,
      }),
    ),
  })
  .meta({ id: "CourseDetail" });
export type CourseDetail = z.infer<typeof courseDetailSchema>;
