import type { Registration } from "@sidestilt/domain/registration.schema";
import type { Tx } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";

// How registrations are read and shaped for the API. The waiting list's order is `waitingSince`, then
// the id: positions are counted in that order, 1-based.

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

export const registrationSelect = {
  id: true,
  runId: true,
  name: true,
  email: true,
  phone: true,
  participantRole: true,
  interpreterLanguage: true,
  accessibilityNeeds: true,
  locale: true,
  source: true,
  referralDate: true,
  status: true,
  waitingSince: true,
  offerExpiresAt: true,
  createdAt: true,
  cancelledAt: true,
  version: true,
} satisfies Prisma.RegistrationSelect;

export type RegistrationRow = Prisma.RegistrationGetPayload<{ select: typeof registrationSelect }>;

/** The waiting list's order, for queries. */
export const waitingOrder = [
  { waitingSince: "asc" },
  { id: "asc" },
] satisfies Prisma.RegistrationOrderByWithRelationInput[];

/** A waiting registration's place in its run's waiting list (1-based); null when it is not waiting. */
export async function waitingPosition(
  tx: Pick<Tx, "registration">,
  registration: Pick<RegistrationRow, "id" | "runId" | "status" | "waitingSince">,
): Promise<number | null> {
  if (registration.status !== "WAITING" || !registration.waitingSince) return null;
  const since = registration.waitingSince;
  const ahead = await tx.registration.count({
    where: {
      runId: registration.runId,
      status: "WAITING",
      OR: [{ waitingSince: { lt: since } }, { waitingSince: since, id: { lt: registration.id } }],
    },
  });
  return ahead + 1;
}

export function toRegistration(row: RegistrationRow, position: number | null): Registration {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    participantRole: row.participantRole,
    interpreterLanguage: row.interpreterLanguage,
    accessibilityNeeds: row.accessibilityNeeds,
    locale: row.locale,
    source: row.source,
    referralDate: row.referralDate ? isoDate(row.referralDate) : null,
    status: row.status,
    position,
    waitingSince: row.waitingSince?.toISOString() ?? null,
    offerExpiresAt: row.offerExpiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    version: row.version,
  };
}
