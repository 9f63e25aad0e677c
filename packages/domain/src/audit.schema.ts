import { z } from "zod";

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    action: z.string(),
    objectType: z.string().nullable(),
    objectId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AuditEvent" });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditListSchema = z
  .object({ items: z.array(auditEventSchema), nextCursor: z.string().nullable() })
  .meta({ id: "AuditList" });
export type AuditList = z.infer<typeof auditListSchema>;

export const auditQuerySchema = z
  .object({
    unitId: z.uuid(),
    action: z.string().max(100).optional(),
    actorId: z.uuid().optional(),
    objectType: z.string().max(50).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    cursor: z.string().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    path: ["to"],
    error: "to_before_from",
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** Objects whose change history a person may read, each with its own access check. */
export const historyObjectTypeSchema = z.enum(["unit", "person", "course", "run", "invitation"]);
export const historyParamsSchema = z.object({ objectType: historyObjectTypeSchema, objectId: z.uuid() });
