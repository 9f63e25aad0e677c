import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, createUnit, headersOf, unique } from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const as = (personId: string) => headersOf(t.db, personId);

const input = (name: string) => ({
  kind: "MUNICIPAL_LMS",
  name,
  region: "Nord-Norge",
  municipality: "Senja",
  contactEmail: "LMS@Senja.example",
  contactPhone: "+47 77 00 00 00",
});

describe("units", () => {
  it("lets a system administrator create a unit and a coordinator edit it with If-Match", async () => {
    const admin = await createPerson(t.db, { isSystemAdmin: true });
    const created = await t.app.inject({
      method: "POST",
      url: "/api/units",
      headers: await as(admin.id),
      payload: input(unique("Senja LMS")),
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({ contactEmail: "lms@senja.example", version: 1, partners: [] });
    expect(created.headers.etag).toBe('"1"');

    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const headers = await as(coordinator.id);
    const url = `/api/units/${unit.id}`;
    const changed = { ...input("Senja kommune LMS"), contactPhone: "" };
    expect((await t.app.inject({ method: "PUT", url, headers, payload: changed })).statusCode).toBe(428);
    const saved = await t.app.inject({
      method: "PUT",
      url,
      headers: { ...headers, "if-match": '"1"' },
      payload: changed,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ name: "Senja kommune LMS", contactPhone: null, version: 2 });
    expect(saved.headers.etag).toBe('"2"');
    const stale = await t.app.inject({
      method: "PUT",
      url,
      headers: { ...headers, "if-match": '"1"' },
      payload: input("Lost"),
    });
    expect(stale.statusCode).toBe(412);
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe("Senja kommune LMS");
    const events = await t.db.auditEvent.findMany({ where: { objectId: unit.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual(["unit.created", "unit.updated"]);
    expect(events[1]?.unitIds).toEqual([unit.id]);
  });

  it("answers bad input beside the field and keeps what was saved", async () => {
    const unit = await createUnit(t.db);
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/units/${unit.id}`,
      headers: { ...(await as(coordinator.id)), "if-match": '"1"' },
      payload: { ...input(" "), contactEmail: "not-an-email", contactPhone: "call me" },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(["contactEmail", "contactPhone", "name"]);
    expect((await t.db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(unit.name);
  });

  it("does not let a coordinator change the kind of their unit", async () => {
    const unit = await createUnit(t.db, { kind: "HOSPITAL_LMS" });
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
    const response = await t.app.inject({
      method: "PUT",
      url: `/api/units/${unit.id}`,
      headers: { ...(await as(coordinator.id)), "if-match": '"1"' },
      payload: { ...input(unit.name), kind: "USER_ORGANISATION" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: "kind", code: "kind_locked" });
  });

  it("records partnerships once, seen from both sides, and lists the viewer's units with abilities", async () => {
    const hospital = await createUnit(t.db, { kind: "HOSPITAL_LMS" });
    const municipality = await createUnit(t.db, { kind: "MUNICIPAL_LMS" });
    const coordinator = await createPerson(t.db, { memberships: [{ unitId: hospital.id, role: "COORDINATOR" }] });
    const leader = await createPerson(t.db, { memberships: [{ unitId: municipality.id, role: "UNIT_LEADER" }] });
    const headers = await as(coordinator.id);
    const url = `/api/units/${hospital.id}/partners/${municipality.id}`;
    expect(
      (await t.app.inject({ method: "PUT", url, headers })).json().partners.map((p: { id: string }) => p.id),
    ).toEqual([municipality.id]);
    expect((await t.app.inject({ method: "PUT", url, headers })).statusCode).toBe(200);
    expect(
      await t.db.unitPartnership.count({ where: { OR: [{ unitAId: hospital.id }, { unitBId: hospital.id }] } }),
    ).toBe(1);

    const mine = await t.app.inject({ method: "GET", url: "/api/units", headers: await as(leader.id) });
    expect(mine.json().items).toHaveLength(1);
    expect(mine.json().items[0]).toMatchObject({
      id: municipality.id,
      partners: [{ id: hospital.id }],
      abilities: { canView: true, canEdit: false, canManagePeople: false, canReadAudit: false, canReadReports: true },
    });

    const self = await t.app.inject({
      method: "PUT",
      url: `/api/units/${hospital.id}/partners/${hospital.id}`,
      headers,
    });
    expect(self.json().errors[0]).toMatchObject({ field: "partnerId", code: "self_partner" });
    await t.app.inject({ method: "DELETE", url, headers });
    expect(await t.db.unitPartnership.count({ where: { unitAId: { in: [hospital.id, municipality.id] } } })).toBe(0);
  });

  it("hides other units (404) but lists every unit's public facts in the directory", async () => {
    const mine = await createUnit(t.db);
    const other = await createUnit(t.db);
    const professional = await createPerson(t.db, { memberships: [{ unitId: mine.id, role: "PROFESSIONAL" }] });
    const headers = await as(professional.id);
    expect((await t.app.inject({ method: "GET", url: `/api/units/${other.id}`, headers })).statusCode).toBe(404);
    const edit = await t.app.inject({
      method: "PUT",
      url: `/api/units/${mine.id}`,
      headers: { ...headers, "if-match": '"1"' },
      payload: input("Mine"),
    });
    expect(edit.statusCode).toBe(403);
    const directory = await t.app.inject({ method: "GET", url: "/api/units/directory", headers });
    const found = directory.json().items.find((unit: { id: string }) => unit.id === other.id);
    expect(Object.keys(found).sort()).toEqual(["id", "kind", "municipality", "name", "region"]);
  });
});
