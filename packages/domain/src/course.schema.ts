import { z } from "zod";

export const targetGroupSchema = z.enum(["PATIENTS", "RELATIVES", "BOTH"]);
export const courseFormatSchema = z.enum(["PHYSICAL", "DIGITAL", "HYBRID"]);
export const enrolmentSchema = z.enum(["REFERRAL", "DIRECT"]);
export const runPhaseSchema = z.enum(["PLANNING", "READY", "RUNNING", "EVALUATION", "COMPLETED", "CANCELLED"]);

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
