import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParticipantRole, RegistrationStatus, RunPhase } from "../../generated/prisma/enums.ts";
import { osloDate } from "../../lib/oslo-time.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import { createPerson, createTestApp, createUnit, headersOf, unique } from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const addDays = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

type Registration = { id: string; name: string };

/**
 * A course of its own unit with a working group (a professional and a user representative) and one
 * run in `phase`, three past sessions with exactly 7 teaching hours between them (breaks excluded)
 * and one far ahead, and five confirmed participants (plus one waiting and one cancelled).
 */
async function setUp(phase: RunPhase = "RUNNING") {
  const unit = await createUnit(t.db);
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
  const userRepresentative = await createPerson(t.db, {
    memberships: [{ unitId: unit.id, role: "USER_REPRESENTATIVE" }],
  });
  const unitLeader = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "UNIT_LEADER" }] });
  const course = await t.db.course.create({
    data: {
      title: unique("Lære å leve med KOLS"),
      targetGroup: "BOTH",
      format: "PHYSICAL",
      enrolment: "REFERRAL",
      owners: { create: [{ unitId: unit.id }] },
      workingGroup: {
        create: [
          { personId: professional.id, role: "PROFESSIONAL", profession: "Fysioterapeut" },
          { personId: userRepresentative.id, role: "USER_REPRESENTATIVE" },
        ],
      },
      runs: { create: [{ startsOn: new Date("2025-03-03"), endsOn: new Date("2025-03-17"), capacity: 8, phase }] },
    },
    include: { runs: true },
  });
  const runId = course.runs[0]?.id ?? "";
  const session = async (date: string, items: { kind: "TALK" | "BREAK" | "USER_STORY"; minutes: number }[]) =>
    (
      await t.db.programmeSession.create({
        data: {
          runId,
          date: new Date(date),
          startsAt: 9 * 60,
          endsAt: 15 * 60,
          place: "Møterom 3, Helsehuset",
          items: {
            create: items.map((item, index) => ({
              ...item,
              position: index + 1,
              title: `${item.kind} ${index + 1}`,
              createdById: coordinator.id,
              createdRole: "COORDINATOR" as const,
              phase: "PLANNING" as const,
            })),
          },
        },
      })
    ).id;
  // 150 + 140 + 130 = 420 teaching minutes; the breaks (75 minutes) do not count.
  const sessions = [
    await session("2025-03-03", [
      { kind: "TALK", minutes: 150 },
      { kind: "BREAK", minutes: 30 },
    ]),
    await session("2025-03-10", [
      { kind: "USER_STORY", minutes: 60 },
      { kind: "BREAK", minutes: 45 },
      { kind: "TALK", minutes: 80 },
    ]),
    await session("2025-03-17", [{ kind: "TALK", minutes: 130 }]),
  ];
  const later = await session("2099-06-01", []);
  const register = async (name: string, status: RegistrationStatus = "CONFIRMED", role: ParticipantRole = "PATIENT") =>
    t.db.registration.create({
      data: {
        runId,
        name,
        email: `${unique("deltaker")}@test.example`,
        phone: "+47 91234567",
        participantRole: role,
        source: "REFERRAL",
        referralDate: new Date("2025-01-15"),
        registeredById: coordinator.id,
        status,
        manageTokenHash: sha256(randomToken()),
      },
      select: { id: true, name: true },
    });
  // Created out of alphabetical order: the list sorts by name.
  const participants: Registration[] = [
    await register("Eva Olsen", "CONFIRMED", "RELATIVE"),
    await register("Anne Berg"),
    await register("Dag Lund"),
    await register("Bjørn Dahl"),
    await register("Cecilie Moe", "CONFIRMED", "RELATIVE"),
  ];
  const waiting = await register("Per Venter", "WAITING");
  const cancelled = await register("Siri Avmeldt", "CANCELLED");
  const call = async (personId: string, method: "GET" | "PUT", url: string, payload?: object, key?: string) =>
    t.app.inject({
      method,
      url,
      headers: { ...(await headersOf(t.db, personId)), ...(key ? { "idempotency-key": key } : {}) },
      ...(payload ? { payload } : {}),
    });
  const record = (personId: string, sessionId: string, entries: [Registration, boolean][], key?: string) =>
    call(
      personId,
      "PUT",
      `/api/sessions/${sessionId}/attendance`,
      { entries: entries.map(([registration, present]) => ({ registrationId: registration.id, present })) },
      key,
    );
  return {
    unit,
    coordinator,
    professional,
    userRepresentative,
    unitLeader,
    runId,
    sessions,
    later,
    participants,
    waiting,
    cancelled,
    call,
    record,
    session,
  };
}

type World = Awaited<ReturnType<typeof setUp>>;

/** Records the hand-computed fixture: 12 of 15 present (Dag is away twice, Eva once). */
async function recordFixture(w: World) {
  const [eva, anne, dag, bjorn, cecilie] = w.participants as [
    Registration,
    Registration,
    Registration,
    Registration,
    Registration,
  ];
  const away: [string, Registration[]][] = [
    [w.sessions[0] ?? "", [dag]],
    [w.sessions[1] ?? "", [dag, eva]],
    [w.sessions[2] ?? "", []],
  ];
  for (const [sessionId, absent] of away) {
    const entries = w.participants.map((p): [Registration, boolean] => [p, !absent.includes(p)]);
    const response = await w.record(w.professional.id, sessionId, entries);
    expect(response.statusCode, response.body).toBe(200);
  }
  return { eva, anne, dag, bjorn, cecilie };
}

describe("attendance", () => {
  it("computes each participant's rate, each session's count, the run's rate and the funding check", async () => {
    const w = await setUp();
    const { eva, dag } = await recordFixture(w);

    const response = await w.call(w.coordinator.id, "GET", `/api/runs/${w.runId}/attendance`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      runId: w.runId,
      phase: "RUNNING",
      today: osloDate(),
      participantCount: 5,
      present: 12,
      expected: 15,
      rate: 0.8,
      funding: { teachingMinutes: 420, attendanceRate: 0.8, enoughHours: true, enoughAttendance: true, met: true },
      abilities: { canSeeParticipants: true, canRecord: true },
    });
    // Confirmed participants only, by name, with their role and no contact details.
    expect(body.participants.map((p: { name: string }) => p.name)).toEqual([
      "Anne Berg",
      "Bjørn Dahl",
      "Cecilie Moe",
      "Dag Lund",
      "Eva Olsen",
    ]);
    expect(Object.keys(body.participants[0]).sort()).toEqual(["name", "present", "rate", "registrationId", "role"]);
    const byName = (name: string) => body.participants.find((p: { name: string }) => p.name === name);
    expect(byName("Dag Lund")).toMatchObject({ registrationId: dag.id, role: "PATIENT", present: 1, rate: 1 / 3 });
    expect(byName("Eva Olsen")).toMatchObject({ registrationId: eva.id, role: "RELATIVE", present: 2, rate: 2 / 3 });
    expect(byName("Anne Berg")).toMatchObject({ present: 3, rate: 1 });
    expect(body.sessions).toEqual([
      expect.objectContaining({ id: w.sessions[0], date: "2025-03-03", startsAt: "09:00", endsAt: "15:00" }),
      expect.objectContaining({ id: w.sessions[1], date: "2025-03-10" }),
      expect.objectContaining({ id: w.sessions[2], date: "2025-03-17" }),
      expect.objectContaining({ id: w.later, date: "2099-06-01" }),
    ]);
    expect(
      body.sessions.map((s: { present: number; recorded: number; counted: boolean; recordable: boolean }) => [
        s.present,
        s.recorded,
        s.counted,
        s.recordable,
      ]),
    ).toEqual([
      [4, 5, true, true],
      [3, 5, true, true],
      [5, 5, true, true],
      [0, 0, false, false],
    ]);
    expect(body.marks).toHaveLength(15);

    // One absence more: 11 of 15 is below 80 %.
    expect((await w.record(w.professional.id, w.sessions[2] ?? "", [[eva, false]])).statusCode).toBe(200);
    const after = (await w.call(w.coordinator.id, "GET", `/api/runs/${w.runId}/attendance/summary`)).json();
    expect(after).toMatchObject({ present: 11, expected: 15, funding: { enoughHours: true, met: false } });
    expect(after.rate).toBeCloseTo(11 / 15);
  });

  it("counts a past session nobody recorded as absent for everyone, and has no rate before any session", async () => {
    const w = await setUp("READY");
    await t.db.programmeSession.deleteMany({ where: { id: { in: w.sessions.slice(1) } } });
    const fresh = (await w.call(w.coordinator.id, "GET", `/api/runs/${w.runId}/attendance/summary`)).json();
    expect(fresh).toMatchObject({ present: 0, expected: 5, rate: 0, funding: { teachingMinutes: 150, met: false } });

    const ahead = await setUp("READY");
    await t.db.programmeSession.deleteMany({ where: { id: { in: ahead.sessions } } });
    const before = (await ahead.call(ahead.coordinator.id, "GET", `/api/runs/${ahead.runId}/attendance`)).json();
    expect(before).toMatchObject({ present: 0, expected: 0, rate: null, funding: { attendanceRate: null } });
    expect(before.participants.every((p: { rate: number | null }) => p.rate === null)).toBe(true);
  });

  it("shows user representatives and other readers the figures only; strangers find nothing", async () => {
    const w = await setUp();
    await recordFixture(w);
    const list = `/api/runs/${w.runId}/attendance`;
    const summary = `${list}/summary`;

    for (const reader of [w.userRepresentative.id, w.unitLeader.id]) {
      const refused = await w.call(reader, "GET", list);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: "forbidden" });
      expect(refused.body).not.toContain("Anne Berg");

      const figures = await w.call(reader, "GET", summary);
      expect(figures.statusCode).toBe(200);
      expect(figures.json()).toMatchObject({
        rate: 0.8,
        participantCount: 5,
        abilities: { canSeeParticipants: false, canRecord: false },
      });
      expect(figures.json().sessions.map((s: { present: number }) => s.present)).toEqual([4, 3, 5, 0]);
      expect(Object.keys(figures.json())).not.toContain("participants");
      expect(Object.keys(figures.json())).not.toContain("marks");
      for (const participant of w.participants) {
        expect(figures.body).not.toContain(participant.name);
        expect(figures.body).not.toContain(participant.id);
      }
    }

    // The working group's professional is a course leader.
    expect((await w.call(w.professional.id, "GET", list)).statusCode).toBe(200);

    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    expect((await w.call(stranger.id, "GET", list)).statusCode).toBe(404);
    expect((await w.call(stranger.id, "GET", summary)).statusCode).toBe(404);
    const missing = randomUUID();
    expect((await w.call(w.coordinator.id, "GET", `/api/runs/${missing}/attendance/summary`)).statusCode).toBe(404);
  });

  it("records only for course leaders, and writes an audit row with ids only", async () => {
    const w = await setUp();
    const [anne] = w.participants as [Registration];
    const sessionId = w.sessions[0] ?? "";

    const byRepresentative = await w.record(w.userRepresentative.id, sessionId, [[anne, true]]);
    expect(byRepresentative.statusCode).toBe(403);
    const byLeader = await w.record(w.unitLeader.id, sessionId, [[anne, true]]);
    expect(byLeader.statusCode).toBe(403);
    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    expect((await w.record(stranger.id, sessionId, [[anne, true]])).statusCode).toBe(404);
    expect(await t.db.attendance.count({ where: { sessionId } })).toBe(0);

    const saved = await w.record(w.coordinator.id, sessionId, [[anne, true]]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({
      sessionId,
      marks: [{ registrationId: anne.id, sessionId, present: true, recordedAt: expect.any(String) }],
    });
    const row = await t.db.attendance.findUniqueOrThrow({
      where: { registrationId_sessionId: { registrationId: anne.id, sessionId } },
    });
    expect(row).toMatchObject({ present: true, recordedById: w.coordinator.id });
    expect(row.recordedAt.toISOString()).toBe(saved.json().marks[0].recordedAt);

    const events = await t.db.auditEvent.findMany({ where: { objectId: w.runId, action: "attendance.recorded" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: w.coordinator.id,
      objectType: "run",
      unitIds: [w.unit.id],
      data: { sessionId, entries: [{ registrationId: anne.id, present: true }] },
    });
    expect(JSON.stringify(events[0]?.data)).not.toContain(anne.name);
  });

  it("keeps one row per participant and session when recording twice, and replays a retried tap", async () => {
    const w = await setUp();
    const [anne, bjorn] = w.participants as [Registration, Registration];
    const sessionId = w.sessions[1] ?? "";

    expect((await w.record(w.coordinator.id, sessionId, [[anne, true]])).statusCode).toBe(200);
    expect(
      (
        await w.record(w.professional.id, sessionId, [
          [anne, false],
          [bjorn, true],
        ])
      ).statusCode,
    ).toBe(200);
    const rows = await t.db.attendance.findMany({ where: { sessionId }, orderBy: { registrationId: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.registrationId === anne.id)).toMatchObject({
      present: false,
      recordedById: w.professional.id,
    });

    // A tap retried with its Idempotency-Key (the answer was lost): the same answer, nothing written twice.
    const key = randomUUID();
    const first = await w.record(w.coordinator.id, sessionId, [[bjorn, false]], key);
    expect(first.statusCode).toBe(200);
    const retry = await w.record(w.coordinator.id, sessionId, [[bjorn, false]], key);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json()).toEqual(first.json());
    const audited = await t.db.auditEvent.count({ where: { objectId: w.runId, action: "attendance.recorded" } });
    expect(audited).toBe(3);
    // The key belongs to that tap: another body with it is refused.
    const reused = await w.record(w.coordinator.id, sessionId, [[bjorn, true]], key);
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: "idempotency_key_reused" });
    expect(await t.db.attendance.count({ where: { sessionId } })).toBe(2);
  });

  it("refuses another run's registration, one that is not confirmed, and writes none of the entries", async () => {
    const w = await setUp();
    const other = await setUp();
    const [anne] = w.participants as [Registration];
    const [foreign] = other.participants as [Registration];
    const sessionId = w.sessions[0] ?? "";

    const mixed = await w.record(w.coordinator.id, sessionId, [
      [anne, true],
      [foreign, true],
    ]);
    expect(mixed.statusCode).toBe(422);
    expect(mixed.json()).toMatchObject({
      code: "session_not_in_run",
      errors: [{ field: "entries.1.registrationId", code: "session_not_in_run" }],
    });

    const unknown = await w.record(w.coordinator.id, sessionId, [[{ id: randomUUID(), name: "" }, true]]);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: "entries.0.registrationId" })]);

    const notConfirmed = await w.record(w.coordinator.id, sessionId, [
      [anne, true],
      [w.waiting, true],
      [w.cancelled, false],
    ]);
    expect(notConfirmed.statusCode).toBe(400);
    expect(notConfirmed.json()).toMatchObject({
      code: "validation_failed",
      errors: [
        { field: "entries.1.registrationId", code: "registration_not_confirmed" },
        { field: "entries.2.registrationId", code: "registration_not_confirmed" },
      ],
    });
    expect(await t.db.attendance.count({ where: { sessionId } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { objectId: w.runId, action: "attendance.recorded" } })).toBe(0);
  });

  it("refuses a session more than a day ahead, and takes tomorrow's", async () => {
    const w = await setUp();
    const [anne] = w.participants as [Registration];
    const today = osloDate();
    const tomorrow = await w.session(addDays(today, 1), []);
    const inThreeDays = await w.session(addDays(today, 3), []);

    const early = await w.record(w.coordinator.id, inThreeDays, [[anne, true]]);
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({
      code: "session_in_future",
      errors: [{ field: "sessionId", code: "session_in_future" }],
    });
    expect(await t.db.attendance.count({ where: { sessionId: inThreeDays } })).toBe(0);

    expect((await w.record(w.coordinator.id, tomorrow, [[anne, true]])).statusCode).toBe(200);
    const summary = (await w.call(w.coordinator.id, "GET", `/api/runs/${w.runId}/attendance/summary`)).json();
    const byId = (id: string) => summary.sessions.find((s: { id: string }) => s.id === id);
    // Tomorrow's session counts once something is recorded for it; the one in three days neither counts nor takes marks.
    expect(byId(tomorrow)).toMatchObject({ counted: true, recordable: true, present: 1, recorded: 1 });
    expect(byId(inThreeDays)).toMatchObject({ counted: false, recordable: false });
  });

  it("records while the run is ready, running or being evaluated; not in planning, nor once it is closed", async () => {
    for (const phase of ["READY", "EVALUATION"] as const) {
      const w = await setUp(phase);
      const response = await w.record(w.coordinator.id, w.sessions[0] ?? "", [
        [w.participants[0] as Registration, true],
      ]);
      expect(response.statusCode, phase).toBe(200);
    }
    for (const [phase, status, code] of [
      ["PLANNING", 409, "conflict"],
      ["COMPLETED", 409, "run_closed"],
      ["CANCELLED", 409, "run_closed"],
    ] as const) {
      const w = await setUp(phase);
      const response = await w.record(w.coordinator.id, w.sessions[0] ?? "", [
        [w.participants[0] as Registration, true],
      ]);
      expect(response.statusCode, phase).toBe(status);
      expect(response.json().code).toBe(code);
      // The list still reads, without recording.
      const list = (await w.call(w.coordinator.id, "GET", `/api/runs/${w.runId}/attendance`)).json();
      expect(list.abilities).toEqual({ canSeeParticipants: true, canRecord: false });
    }
  });

  it("answers bad input with field errors, and an unknown session with 404", async () => {
    const w = await setUp();
    const sessionId = w.sessions[0] ?? "";
    const bad = await w.call(w.coordinator.id, "PUT", `/api/sessions/${sessionId}/attendance`, {
      entries: [{ registrationId: "not-a-uuid", present: "yes" }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["entries.0.present", "entries.0.registrationId"]);

    const empty = await w.call(w.coordinator.id, "PUT", `/api/sessions/${sessionId}/attendance`, { entries: [] });
    expect(empty.statusCode).toBe(400);

    const missing = await w.record(w.coordinator.id, randomUUID(), [[w.participants[0] as Registration, true]]);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("not_found");
  });
});
