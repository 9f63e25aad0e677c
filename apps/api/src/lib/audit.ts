import type { AuditAction } from "@sidestilt/domain/audit.schema";
import type { Prisma } from "../generated/prisma/client.ts";

type AuditWriter = { auditEvent: { create: (args: { data: Prisma.AuditEventCreateInput }) => Promise<unknown> } };

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  objectType?: string;
  objectId?: string;
  /** The units whose audit log shows the event: the object's units. */
  unitIds?: readonly string[];
  /** Never names, emails or other personal data: people are referred to by id (a pseudonym once erased). */
  data?: Prisma.InputJsonValue;
};

/** Appends an audit row; call it with the transaction client of the change it records. */
export function audit(db: AuditWriter, entry: AuditEntry): Promise<unknown> {
  return db.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      objectType: entry.objectType ?? null,
      objectId: entry.objectId ?? null,
      unitIds: [...new Set(entry.unitIds ?? [])],
      data: entry.data ?? {},
    },
  });
}
