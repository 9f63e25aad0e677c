import { unitAbilities, type Viewer } from "@sidestilt/domain/access";
import { DomainError } from "@sidestilt/domain/problem";
import type { Unit, UnitChanges, UnitRef } from "@sidestilt/domain/unit.schema";
import type { Db } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { assertVersion } from "../../lib/versioning.ts";

/** Units are few (a few hundred in all of Norway): lists are bounded rather than paginated. */
const MAX_UNITS = 1000;

const refSelect = { id: true, kind: true, name: true, region: true, municipality: true } as const;

const unitSelect = {
  ...refSelect,
  contactEmail: true,
  contactPhone: true,
  version: true,
  partnershipsA: { select: { unitB: { select: refSelect } } },
  partnershipsB: { select: { unitA: { select: refSelect } } },
} as const;

type UnitRow = {
  id: string;
  kind: UnitRef["kind"];
  name: string;
  region: string;
  municipality: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  version: number;
  partnershipsA: { unitB: UnitRef }[];
  partnershipsB: { unitA: UnitRef }[];
};

function toUnit(viewer: Viewer, row: UnitRow): Unit {
  const { partnershipsA, partnershipsB, ...unit } = row;
  const partners = [...partnershipsA.map((p) => p.unitB), ...partnershipsB.map((p) => p.unitA)];
  partners.sort((a, b) => a.name.localeCompare(b.name, "nb"));
  return { ...unit, partners, abilities: unitAbilities(viewer, row.id) };
}

/** The viewer's units (every unit for a system administrator), by name. */
export async function listMyUnits(db: Db, viewer: Viewer): Promise<Unit[]> {
  const rows = await db.unit.findMany({
    where: viewer.isSystemAdmin ? {} : { id: { in: viewer.memberships.map((m) => m.unitId) } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_UNITS,
    select: unitSelect,
  });
  return rows.map((row) => toUnit(viewer, row));
}

/** Every unit's public facts, for pickers (partners, represented organisations). */
export function unitDirectory(db: Db): Promise<UnitRef[]> {
  return db.unit.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], take: MAX_UNITS, select: refSelect });
}

/** A unit the viewer may see; any other unit is "not found", so that its existence is not revealed. */
export async function getUnit(db: Db, viewer: Viewer, unitId: string): Promise<Unit> {
  if (!unitAbilities(viewer, unitId).canView) throw new DomainError("not_found");
  const row = await db.unit.findUnique({ where: { id: unitId }, select: unitSelect });
  if (!row) throw new DomainError("not_found");
  return toUnit(viewer, row);
}

function assertCanEdit(viewer: Viewer, unitId: string): void {
  const abilities = unitAbilities(viewer, unitId);
  if (!abilities.canView) throw new DomainError("not_found");
  if (!abilities.canEdit) throw new DomainError("forbidden");
}

export async function createUnit(db: Db, viewer: Viewer, input: UnitChanges) {
  const row = await db.$transaction(async (tx) => {
    const created = await tx.unit.create({ data: input, select: unitSelect });
    await audit(tx, {
      actorId: viewer.personId,
      action: "unit.created",
      objectType: "unit",
      objectId: created.id,
      unitIds: [created.id],
      data: { kind: created.kind },
    });
    return created;
  });
  return toUnit(viewer, row);
}

export async function updateUnit(
  db: Db,
  viewer: Viewer,
  unitId: string,
  ifMatch: () => number,
  input: UnitChanges,
): Promise<Unit> {
  assertCanEdit(viewer, unitId);
  const expected = ifMatch();
  const row = await db.$transaction(async (tx) => {
    const current = await tx.unit.findUnique({ where: { id: unitId }, select: { version: true, kind: true } });
    if (!current) throw new DomainError("not_found");
    assertVersion(current.version, expected);
    // Only a system administrator changes what kind of unit this is: it decides what the unit may do.
    if (input.kind !== current.kind && !viewer.isSystemAdmin) {
      throw new DomainError("validation_failed", "Only a system administrator changes a unit's kind", [
        { field: "kind", code: "kind_locked", message: "Only a system administrator changes a unit's kind" },
      ]);
    }
    const { count } = await tx.unit.updateMany({
      where: { id: unitId, version: expected },
      data: { ...input, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("precondition_failed");
    await audit(tx, {
      actorId: viewer.personId,
      action: "unit.updated",
      objectType: "unit",
      objectId: unitId,
      unitIds: [unitId],
      data: { version: expected + 1 },
    });
    return tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: unitSelect });
  });
  return toUnit(viewer, row);
}

/** Records (or ends) a partnership, stored once with the smaller id first. */
export async function setPartnership(
  db: Db,
  viewer: Viewer,
  ids: { unitId: string; partnerId: string },
  partners: boolean,
): Promise<Unit> {
  assertCanEdit(viewer, ids.unitId);
  if (ids.unitId === ids.partnerId) {
    throw new DomainError("validation_failed", "A unit cannot partner with itself", [
      { field: "partnerId", code: "self_partner", message: "A unit cannot partner with itself" },
    ]);
  }
  const [unitAId, unitBId] = [ids.unitId, ids.partnerId].sort() as [string, string];
  await db.$transaction(async (tx) => {
    const found = await tx.unit.count({ where: { id: { in: [ids.unitId, ids.partnerId] } } });
    if (found !== 2) throw new DomainError("not_found", "No such unit");
    if (partners) {
      await tx.unitPartnership.upsert({
        where: { unitAId_unitBId: { unitAId, unitBId } },
        create: { unitAId, unitBId },
        update: {},
      });
    } else {
      await tx.unitPartnership.deleteMany({ where: { unitAId, unitBId } });
    }
    await audit(tx, {
      actorId: viewer.personId,
      action: partners ? "unit.partner-added" : "unit.partner-removed",
      objectType: "unit",
      objectId: ids.unitId,
      unitIds: [ids.unitId, ids.partnerId],
      data: { partnerId: ids.partnerId },
    });
  });
  return getUnit(db, viewer, ids.unitId);
}
