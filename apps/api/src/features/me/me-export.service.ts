import { exportAuditLimit, type PersonalDataExport } from "@sidestilt/domain/privacy.schema";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import type { Auth } from "../../plugins/session.ts";
import { unitIdsOf } from "./me.service.ts";

const iso = (date: Date): string => date.toISOString();
const isoOrNull = (date: Date | null): string | null => (date ? date.toISOString() : null);
const oldestFirst = { createdAt: "asc" } as const;

/**
 * Everything stored about the signed-in person (their right of access), read in one repeatable-read
 * transaction so that the sections agree with each other, together with the audit row of the export.
 * Every query names its columns: a secret (password hash, TOTP secret, token hashes, CSRF tokens) is never
 * read here. Keep this in step with prisma/data-inventory.json when a table about people gains a column.
 */
export async function exportPersonalData(db: Db, auth: Auth): Promise<PersonalDataExport> {
  const personId = auth.person.id;
  return db.$transaction(
    async (tx) => {
      const rows = await readSections(tx, personId);
      await audit(tx, {
        actorId: personId,
        action: "privacy.exported",
        objectType: "person",
        objectId: personId,
        unitIds: unitIdsOf(auth),
      });
      return toExport(rows);
    },
    { timeout: 30_000, isolationLevel: "RepeatableRead" },
  );
}

// One query per table, one after the other: Prisma loads sibling relations of one query at the same time,
// which the single connection of a transaction cannot do.
async function readSections(tx: Tx, personId: string) {
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      locale: true,
      isSystemAdmin: true,
      active: true,
      totpEnabledAt: true,
      failedSignInCount: true,
      lastSignInAt: true,
      createdAt: true,
    },
  });
  // Whether there is a password is asked of the database, so that the hash is never read.
  const hasPassword = (await tx.person.count({ where: { id: personId, passwordHash: { not: null } } })) === 1;
  const memberships = await tx.membership.findMany({
    where: { personId },
    orderBy: oldestFirst,
    select: { id: true, unitId: true, role: true, profession: true, representsId: true, createdAt: true },
  });
  const sessions = await tx.session.findMany({
    where: { personId },
    orderBy: oldestFirst,
    select: { createdAt: true, lastSeenAt: true },
  });
  const oidcIdentities = await tx.oidcIdentity.findMany({
    where: { personId },
    orderBy: oldestFirst,
    select: { issuer: true, subject: true, createdAt: true },
  });
  const passwordResets = await tx.passwordReset.findMany({
    where: { personId },
    orderBy: oldestFirst,
    select: { createdAt: true, expiresAt: true, usedAt: true },
  });
  // The invitee's name and email are left out: they are someone else's personal data.
  const invitationsSent = await tx.invitation.findMany({
    where: { invitedById: personId },
    orderBy: oldestFirst,
    select: { id: true, unitId: true, role: true, createdAt: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  const invitationsReceived = await tx.invitation.findMany({
    where: { OR: [{ acceptedById: personId }, { email: person.email }] },
    orderBy: oldestFirst,
    select: {
      id: true,
      unitId: true,
      role: true,
      profession: true,
      name: true,
      email: true,
      locale: true,
      invitedById: true,
      emailed: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
    },
  });
  const workingGroups = await tx.workingGroupMember.findMany({
    where: { personId },
    orderBy: { addedAt: "asc" },
    select: { courseId: true, role: true, profession: true, addedAt: true, removedAt: true },
  });
  const unitIds = [
    ...memberships.flatMap((m) => (m.representsId ? [m.unitId, m.representsId] : [m.unitId])),
    ...invitationsSent.map((i) => i.unitId),
    ...invitationsReceived.map((i) => i.unitId),
  ];
  const units = await tx.unit.findMany({
    where: { id: { in: [...new Set(unitIds)] } },
    select: { id: true, name: true, kind: true },
  });
  const courses = await tx.course.findMany({
    where: { id: { in: workingGroups.map((w) => w.courseId) } },
    select: { id: true, title: true },
  });
  const auditEvents = await tx.auditEvent.findMany({
    where: { OR: [{ actorId: personId }, { objectType: "person", objectId: personId }] },
    orderBy: { id: "desc" },
    take: exportAuditLimit + 1,
    select: { id: true, at: true, actorId: true, action: true, objectType: true, objectId: true, data: true },
  });
  return {
    person: { ...person, hasPassword },
    memberships,
    sessions,
    oidcIdentities,
    passwordResets,
    invitationsSent,
    invitationsReceived,
    workingGroups,
    units,
    courses,
    auditEvents,
  };
}

type Sections = Awaited<ReturnType<typeof readSections>>;

function byId<T extends { id: string }>(rows: T[]): (id: string) => T {
  const map = new Map(rows.map((row) => [row.id, row]));
  return (id) => {
    const found = map.get(id);
    // Foreign keys and the snapshot make this impossible; fail loudly rather than export a hole.
    if (!found) throw new Error(`row ${id} missing from the export's snapshot`);
    return found;
  };
}

function toExport(rows: Sections): PersonalDataExport {
  const unit = byId(rows.units);
  const course = byId(rows.courses);
  const { person } = rows;
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      ...person,
      totpEnabledAt: isoOrNull(person.totpEnabledAt),
      lastSignInAt: isoOrNull(person.lastSignInAt),
      createdAt: iso(person.createdAt),
    },
    memberships: rows.memberships.map(({ unitId, representsId, ...m }) => ({
      ...m,
      unit: unit(unitId),
      represents: representsId ? { id: representsId, name: unit(representsId).name } : null,
      createdAt: iso(m.createdAt),
    })),
    sessions: rows.sessions.map((s) => ({ createdAt: iso(s.createdAt), lastSeenAt: iso(s.lastSeenAt) })),
    oidcIdentities: rows.oidcIdentities.map((o) => ({ ...o, createdAt: iso(o.createdAt) })),
    passwordResets: rows.passwordResets.map((r) => ({
      createdAt: iso(r.createdAt),
      expiresAt: iso(r.expiresAt),
      usedAt: isoOrNull(r.usedAt),
    })),
    invitationsSent: rows.invitationsSent.map(({ unitId, ...i }) => ({
      ...i,
      unit: unit(unitId),
      createdAt: iso(i.createdAt),
      expiresAt: iso(i.expiresAt),
      acceptedAt: isoOrNull(i.acceptedAt),
      revokedAt: isoOrNull(i.revokedAt),
    })),
    invitationsReceived: rows.invitationsReceived.map(({ unitId, ...i }) => ({
      ...i,
      unit: unit(unitId),
      createdAt: iso(i.createdAt),
      expiresAt: iso(i.expiresAt),
      acceptedAt: isoOrNull(i.acceptedAt),
      revokedAt: isoOrNull(i.revokedAt),
    })),
    workingGroups: rows.workingGroups.map(({ courseId, ...w }) => ({
      ...w,
      course: course(courseId),
      addedAt: iso(w.addedAt),
      removedAt: isoOrNull(w.removedAt),
    })),
    auditEvents: {
      items: rows.auditEvents.slice(0, exportAuditLimit).map((e) => ({ ...e, id: e.id.toString(), at: iso(e.at) })),
      truncated: rows.auditEvents.length > exportAuditLimit,
    },
  };
}
