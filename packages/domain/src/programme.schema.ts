import { z } from "zod";
import { programmeItemKinds, sessionWarningCodes, timePattern } from "./programme.ts";
import { roleSchema } from "./roles.ts";

export const programmeItemKindSchema = z.enum(programmeItemKinds);
export const sessionWarningCodeSchema = z.enum(sessionWarningCodes);

/** A time of day in Europe/Oslo, "HH:MM". */
export const timeOfDaySchema = z.string().regex(timePattern, "Use HH:MM");

/**
 * A session's date, hours and place. That it ends after it starts and lies within the run's dates is
 * checked by `sessionFieldErrors` (programme.ts), answered as field `endsAt` code `before_start` and
 * field `date` code `outside_run`.
 */
export const sessionChangesSchema = z
  .object({
    date: z.iso.date(),
    startsAt: timeOfDaySchema,
    endsAt: timeOfDaySchema,
    place: z.string().trim().max(200).nullable(),
    videoLink: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .nullable(),
  })
  .meta({ id: "ProgrammeSessionChanges" });
export type SessionChanges = z.infer<typeof sessionChangesSchema>;

/** An item's content; `position` (1-based) moves it, the other items shift to keep the order without gaps. */
export const itemChangesSchema = z
  .object({
    kind: programmeItemKindSchema,
    title: z.string().trim().min(1).max(200),
    minutes: z.number().int().min(5).max(600),
    presenterIds: z.array(z.uuid()).max(6),
    position: z.number().int().min(1).max(1000).optional(),
  })
  .meta({ id: "ProgrammeItemChanges" });
export type ItemChanges = z.infer<typeof itemChangesSchema>;

export const presenterSchema = z.object({ personId: z.uuid(), name: z.string(), role: roleSchema });

export const programmeItemSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    kind: programmeItemKindSchema,
    title: z.string(),
    minutes: z.number().int(),
    version: z.number().int(),
    presenters: z.array(presenterSchema),
  })
  .meta({ id: "ProgrammeItem" });
export type ProgrammeItem = z.infer<typeof programmeItemSchema>;

export const programmeSessionSchema = z
  .object({
    id: z.uuid(),
    date: z.iso.date(),
    startsAt: timeOfDaySchema,
    endsAt: timeOfDaySchema,
    place: z.string().nullable(),
    videoLink: z.string().nullable(),
    version: z.number().int(),
    items: z.array(programmeItemSchema),
    warnings: z.array(sessionWarningCodeSchema),
    teachingMinutes: z.number().int(),
  })
  .meta({ id: "ProgrammeSession" });
export type ProgrammeSession = z.infer<typeof programmeSessionSchema>;

export const programmeSchema = z
  .object({
    runId: z.uuid(),
    runVersion: z.number().int(),
    sessions: z.array(programmeSessionSchema),
    totalTeachingMinutes: z.number().int(),
    fundingHoursMet: z.boolean(),
    abilities: z.object({ canEdit: z.boolean() }),
  })
  .meta({ id: "Programme" });
export type Programme = z.infer<typeof programmeSchema>;

export const runIdParamsSchema = z.object({ runId: z.uuid() });
export const sessionIdParamsSchema = z.object({ sessionId: z.uuid() });
export const itemIdParamsSchema = z.object({ itemId: z.uuid() });
