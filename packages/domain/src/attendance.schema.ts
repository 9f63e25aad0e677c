import { z } from "zod";
import { runPhaseSchema } from "./course.schema.ts";
import { timeOfDaySchema } from "./programme.schema.ts";
import { participantRoleSchema } from "./registration.schema.ts";

// Attendance (oppmøte) of a run: the course leaders' list (sessions, confirmed participants and their
// marks) and the figures anyone who may see the run reads (rates and the funding check, no names).
// The figures are computed by `attendanceFigures` and `fundingCheck` (enrolment.ts).

/** Most entries one request may record: a whole session's list at once. */
export const maxAttendanceEntries = 200;

export const attendanceEntrySchema = z.strictObject({ registrationId: z.uuid(), present: z.boolean() });

/** One tap (one entry) or a whole list; each registration at most once. */
export const attendanceEntriesSchema = z
  .strictObject({ entries: z.array(attendanceEntrySchema).min(1).max(maxAttendanceEntries) })
  .superRefine((input, context) => {
    const seen = new Set<string>();
    input.entries.forEach((entry, index) => {
      if (seen.has(entry.registrationId)) {
        context.addIssue({ code: "custom", path: ["entries", index, "registrationId"], message: "duplicate_entry" });
      }
      seen.add(entry.registrationId);
    });
  })
  .meta({ id: "AttendanceEntries" });
export type AttendanceEntries = z.infer<typeof attendanceEntriesSchema>;

export const attendanceMarkSchema = z
  .object({
    registrationId: z.uuid(),
    sessionId: z.uuid(),
    present: z.boolean(),
    recordedAt: z.iso.datetime(),
  })
  .meta({ id: "AttendanceMark" });
export type AttendanceMark = z.infer<typeof attendanceMarkSchema>;

/** What a recording saved: ids and marks only (the answer may be kept for an Idempotency-Key retry). */
export const recordedAttendanceSchema = z
  .object({ sessionId: z.uuid(), marks: z.array(attendanceMarkSchema) })
  .meta({ id: "RecordedAttendance" });
export type RecordedAttendance = z.infer<typeof recordedAttendanceSchema>;

export const attendanceSessionSchema = z
  .object({
    id: z.uuid(),
    date: z.iso.date(),
    startsAt: timeOfDaySchema,
    endsAt: timeOfDaySchema,
    place: z.string().nullable(),
    /** Whether the session counts in the rate: its day is over, or attendance has been recorded for it. */
    counted: z.boolean(),
    /** Whether attendance may be recorded for it now (by date: up to one day ahead). */
    recordable: z.boolean(),
    /** Confirmed participants marked present. */
    present: z.number().int(),
    /** Confirmed participants marked at all. */
    recorded: z.number().int(),
  })
  .meta({ id: "AttendanceSession" });
export type AttendanceSession = z.infer<typeof attendanceSessionSchema>;

export const fundingCheckSchema = z
  .object({
    teachingMinutes: z.number().int(),
    attendanceRate: z.number().min(0).max(1).nullable(),
    enoughHours: z.boolean(),
    enoughAttendance: z.boolean(),
    met: z.boolean(),
  })
  .meta({ id: "FundingCheck" });

export const attendanceAbilitiesSchema = z.object({
  /** Course leaders (canSeeParticipants): the list with names. Never user representatives. */
  canSeeParticipants: z.boolean(),
  /** A course leader, while the run is READY, RUNNING or EVALUATION. */
  canRecord: z.boolean(),
});

/** The run-level figures, without names: for everyone who may see the run. */
export const attendanceSummarySchema = z
  .object({
    runId: z.uuid(),
    phase: runPhaseSchema,
    /** The server's calendar date (Europe/Oslo) the figures were computed for. */
    today: z.iso.date(),
    participantCount: z.number().int(),
    /** By date and time. */
    sessions: z.array(attendanceSessionSchema),
    /** Pairs (participant, counted session) attended. */
    present: z.number().int(),
    /** Confirmed participants × counted sessions. */
    expected: z.number().int(),
    rate: z.number().min(0).max(1).nullable(),
    funding: fundingCheckSchema,
    abilities: attendanceAbilitiesSchema,
  })
  .meta({ id: "AttendanceSummary" });
export type AttendanceSummary = z.infer<typeof attendanceSummarySchema>;

export const attendanceParticipantSchema = z
  .object({
    registrationId: z.uuid(),
    name: z.string(),
    role: participantRoleSchema,
    /** Counted sessions attended. */
    present: z.number().int(),
    rate: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: "AttendanceParticipant" });
export type AttendanceParticipant = z.infer<typeof attendanceParticipantSchema>;

/** The course leaders' list: the summary, the confirmed participants by name, and every mark. */
export const attendanceSchema = attendanceSummarySchema
  .extend({ participants: z.array(attendanceParticipantSchema), marks: z.array(attendanceMarkSchema) })
  .meta({ id: "Attendance" });
export type Attendance = z.infer<typeof attendanceSchema>;

export const runIdParamsSchema = z.object({ runId: z.uuid() });
export const sessionIdParamsSchema = z.object({ sessionId: z.uuid() });
