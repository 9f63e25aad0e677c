import type { Prisma } from "../generated/prisma/client.ts";

type AuditWriter = { auditEvent: { create: (args: { data: Prisma.AuditEventCreateInput }) => Promise<unknown> } };

export type AuditEntry = {
  actorId: string | null;
  action: string;
  objectType?: string;
  objectId?: string;
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
      data: entry.data ?? {},
    },
  });
}
