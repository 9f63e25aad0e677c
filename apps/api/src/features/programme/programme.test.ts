import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, createUnit, headersOf, unique } from "../../test/fixtures.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Method = "GET" | "POST" | "PUT" | "DELETE";

/** A course of its own unit with one run (July 2030 to January 2031) and a working group. */
async function setUp(options: { phase?: "PLANNING" | "COMPLETED" } = {}) {
  const unit = await createUnit(t.db);
  const coordinator = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "COORDINATOR" }] });
  const professional = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
  const userRepresentative = await createPerson(t.db);
  const reader = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "UNIT_LEADER" }] });
  const title = unique("Startkurs diabetes type 2");
  const course = await t.db.course.create({
    data: {
      title,
      targetGroup: "BOTH",
      format: "HYBRID",
      enrolment: "REFERRAL",
      owners: { create: [{ unitId: unit.id }] },
      runs: {
        create: [
          {
            startsOn: new Date("2030-07-01"),
            endsOn: new Date("2031-01-31"),
            capacity: 12,
            phase: options.phase ?? "PLANNING",
          },
        ],
      },
      workingGroup: {
        create: [
          { personId: professional.id, role: "PROFESSIONAL", profession: "Sykepleier" },
          { personId: userRepresentative.id, role: "USER_REPRESENTATIVE" },
        ],
      },
    },
    include: { runs: true },
  });
  const runId = course.runs[0]?.id ?? "";
  const call = async (
    personId: string,
    method: Method,
    url: string,
    payload?: object,
    ifMatch?: number,
  ): Promise<Awaited<ReturnType<typeof t.app.inject>>> =>
    t.app.inject({
      method,
      url,
      headers: {
        ...(await headersOf(t.db, personId)),
        ...(ifMatch === undefined ? {} : { "if-match": `"${ifMatch}"` }),
      },
      ...(payload ? { payload } : {}),
    });
  const runVersion = async () =>
    (await t.db.courseRun.findUniqueOrThrow({ where: { id: runId }, select: { version: true } })).version;
  return { unit, coordinator, professional, userRepresentative, reader, course, title, runId, call, runVersion };
}

const session = (date = "2030-07-02", startsAt = "09:00", endsAt = "15:00") => ({
  date,
  startsAt,
  endsAt,
  place: "Auditoriet, UNN Tromsø",
  videoLink: null,
});

const item = (title: string, kind = "TALK", minutes = 45, presenterIds: string[] = [], position?: number) => ({
  kind,
  title,
  minutes,
  presenterIds,
  ...(position === undefined ? {} : { position }),
});

describe("the programme", () => {
  it("adds, moves and deletes sessions and items, keeping positions without gaps", async () => {
    const w = await setUp();
    const created = await w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, session());
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const sessionId = created.json().id as string;
    expect(created.json()).toMatchObject({ ...session(), version: 1, items: [], teachingMinutes: 0 });
    expect(await w.runVersion()).toBe(2);

    const add = async (body: object, personId = w.coordinator.id) => {
      const response = await w.call(personId, "POST", `/api/programme-sessions/${sessionId}/items`, body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string; position: number; version: number };
    };
    const talk = await add(item("Hva er diabetes?", "TALK", 60, [w.professional.id]), w.professional.id);
    const pause = await add(item("Lunsj", "BREAK", 30));
    const exercise = await add(item("Gåtur", "EXERCISE", 30, [], 1));
    expect([talk.position, pause.position, exercise.position]).toEqual([1, 2, 1]);
    expect(await w.runVersion()).toBe(5);

    const order = async () => {
      const response = await w.call(w.coordinator.id, "GET", `/api/runs/${w.runId}/programme`);
      expect(response.statusCode).toBe(200);
      const [first] = response.json().sessions as { items: { title: string; position: number }[] }[];
      return first?.items.map((i) => `${i.position}:${i.title}`);
    };
    expect(await order()).toEqual(["1:Gåtur", "2:Hva er diabetes?", "3:Lunsj"]);

    // Who added what, in which role and phase: the contribution balance counts these.
    const stored = await t.db.programmeItem.findUniqueOrThrow({ where: { id: talk.id } });
    expect(stored).toMatchObject({ createdById: w.professional.id, createdRole: "PROFESSIONAL", phase: "PLANNING" });
    const byCoordinator = await t.db.programmeItem.findUniqueOrThrow({ where: { id: pause.id } });
    expect(byCoordinator).toMatchObject({ createdById: w.coordinator.id, createdRole: "COORDINATOR" });

    const moved = await w.call(
      w.coordinator.id,
      "PUT",
      `/api/programme-items/${pause.id}`,
      item("Lunsj", "BREAK", 30, [], 1),
      1,
    );
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ position: 1, version: 2 });
    expect(moved.headers.etag).toBe('"2"');
    expect(await order()).toEqual(["1:Lunsj", "2:Gåtur", "3:Hva er diabetes?"]);
    const back = await w.call(
      w.coordinator.id,
      "PUT",
      `/api/programme-items/${pause.id}`,
      item("Lunsj", "BREAK", 45, [], 99),
      2,
    );
    expect(back.json()).toMatchObject({ position: 3, minutes: 45 });
    expect(await order()).toEqual(["1:Gåtur", "2:Hva er diabetes?", "3:Lunsj"]);

    const removed = await w.call(w.coordinator.id, "DELETE", `/api/programme-items/${exercise.id}`, undefined, 1);
    expect(removed.statusCode).toBe(204);
    expect(await order()).toEqual(["1:Hva er diabetes?", "2:Lunsj"]);

    const changed = await w.call(
      w.coordinator.id,
      "PUT",
      `/api/programme-sessions/${sessionId}`,
      {
        ...session("2030-07-03", "10:00", "16:00"),
        place: "",
        videoLink: "https://video.example/rom",
      },
      1,
    );
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ date: "2030-07-03", startsAt: "10:00", place: null, version: 2 });
    expect(changed.json().items).toHaveLength(2);

    const deleted = await w.call(w.coordinator.id, "DELETE", `/api/programme-sessions/${sessionId}`, undefined, 2);
    expect(deleted.statusCode).toBe(204);
    expect(await t.db.programmeItem.count({ where: { sessionId } })).toBe(0);
    expect(await w.runVersion()).toBe(10);

    const events = await t.db.auditEvent.findMany({ where: { objectId: w.runId }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.action)).toEqual([
      "programme.session-created",
      "programme.item-created",
      "programme.item-created",
      "programme.item-created",
      "programme.item-updated",
      "programme.item-updated",
      "programme.item-deleted",
      "programme.session-updated",
      "programme.session-deleted",
    ]);
    expect(events.every((event) => event.unitIds.length === 1 && event.unitIds[0] === w.unit.id)).toBe(true);
    expect(events.at(-1)?.data).toMatchObject({ sessionId, items: 2, runVersion: 10 });
  });

  it("warns until a user representative of the group shares their experience", async () => {
    const w = await setUp();
    const sessionId = (await w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, session())).json().id;
    const itemsUrl = `/api/programme-sessions/${sessionId}/items`;
    await w.call(w.professional.id, "POST", itemsUrl, item("Kosthold", "TALK", 60, [w.professional.id]));
    const warningsNow = async () =>
      (await w.call(w.professional.id, "GET", `/api/runs/${w.runId}/programme`)).json().sessions[0].warnings;
    expect(await warningsNow()).toEqual(["no_user_representative_contribution", "no_experience_sharing"]);

    const story = await w.call(
      w.userRepresentative.id,
      "POST",
      itemsUrl,
      item("Mitt liv med diabetes", "USER_STORY", 30, [w.userRepresentative.id]),
    );
    expect(story.statusCode, story.body).toBe(201);
    expect(story.json().presenters).toEqual([
      { personId: w.userRepresentative.id, name: w.userRepresentative.name, role: "USER_REPRESENTATIVE" },
    ]);
    expect(await warningsNow()).toEqual([]);
    const stored = await t.db.programmeItem.findUniqueOrThrow({ where: { id: story.json().id } });
    expect(stored.createdRole).toBe("USER_REPRESENTATIVE");

    // Six hours of session; 390 minutes of items do not fit.
    await w.call(w.professional.id, "POST", itemsUrl, item("Fysisk aktivitet", "EXERCISE", 300));
    expect(await warningsNow()).toEqual(["items_exceed_session"]);
  });

  it("totals the teaching hours across sessions, sorted by date and time, and flags the funding rule", async () => {
    const w = await setUp();
    const create = async (date: string, startsAt: string, endsAt: string) =>
      (await w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, session(date, startsAt, endsAt))).json()
        .id as string;
    const second = await create("2030-07-09", "09:00", "15:00");
    const firstAfternoon = await create("2030-07-02", "12:00", "15:00");
    const first = await create("2030-07-02", "08:30", "11:30");
    const add = (sessionId: string, body: object) =>
      w.call(w.coordinator.id, "POST", `/api/programme-sessions/${sessionId}/items`, body);
    await add(first, item("Velkommen", "TALK", 175));
    await add(first, item("Pause", "BREAK", 60));
    await add(firstAfternoon, item("Gruppesamtale", "GROUP_CONVERSATION", 120));
    await add(second, item("Medisiner", "TALK", 120));

    const programme = async () => (await w.call(w.coordinator.id, "GET", `/api/runs/${w.runId}/programme`)).json();
    const before = await programme();
    expect(before.sessions.map((s: { id: string }) => s.id)).toEqual([first, firstAfternoon, second]);
    expect(before.sessions.map((s: { teachingMinutes: number }) => s.teachingMinutes)).toEqual([175, 120, 120]);
    expect(before).toMatchObject({ totalTeachingMinutes: 415, fundingHoursMet: false, abilities: { canEdit: true } });
    expect(before.runVersion).toBe(await w.runVersion());

    await add(second, item("Spørsmål", "TALK", 5));
    expect(await programme()).toMatchObject({ totalTeachingMinutes: 420, fundingHoursMet: true });
  });

  it("adds no presenter from outside the working group, and saves nothing", async () => {
    const w = await setUp();
    const sessionId = (await w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, session())).json().id;
    const outsider = await createPerson(t.db, { memberships: [{ unitId: w.unit.id, role: "PROFESSIONAL" }] });
    const former = await createPerson(t.db);
    await t.db.workingGroupMember.create({
      data: { courseId: w.course.id, personId: former.id, role: "USER_REPRESENTATIVE", removedAt: new Date() },
    });
    const version = await w.runVersion();
    for (const presenterId of [outsider.id, former.id]) {
      const response = await w.call(
        w.coordinator.id,
        "POST",
        `/api/programme-sessions/${sessionId}/items`,
        item("Brukerinnlegg", "USER_STORY", 30, [w.userRepresentative.id, presenterId]),
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: "not_in_working_group",
        errors: [{ field: "presenterIds", code: "not_in_working_group" }],
      });
    }
    expect(await t.db.programmeItem.count({ where: { sessionId } })).toBe(0);
    expect(await w.runVersion()).toBe(version);

    // An item's presenter who later leaves the group may stay on it, but nobody new from outside is added.
    const added = await w.call(
      w.coordinator.id,
      "POST",
      `/api/programme-sessions/${sessionId}/items`,
      item("Erfaringer", "USER_STORY", 30, [w.userRepresentative.id]),
    );
    await t.db.workingGroupMember.updateMany({
      where: { courseId: w.course.id, personId: w.userRepresentative.id },
      data: { removedAt: new Date() },
    });
    const itemUrl = `/api/programme-items/${added.json().id}`;
    const kept = await w.call(
      w.coordinator.id,
      "PUT",
      itemUrl,
      item("Mine erfaringer", "USER_STORY", 30, [w.userRepresentative.id]),
      1,
    );
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().presenters).toMatchObject([{ personId: w.userRepresentative.id, role: "USER_REPRESENTATIVE" }]);
    const refused = await w.call(
      w.coordinator.id,
      "PUT",
      itemUrl,
      item("Mine erfaringer", "USER_STORY", 30, [outsider.id]),
      2,
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe("presenterIds");
  });

  it("answers bad dates and hours beside the field and saves nothing", async () => {
    const w = await setUp();
    const version = await w.runVersion();
    const post = (body: object) => w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, body);
    const outside = await post(session("2031-02-01"));
    expect(outside.statusCode).toBe(400);
    expect(outside.json()).toMatchObject({
      code: "validation_failed",
      errors: [{ field: "date", code: "outside_run" }],
    });
    const early = await post(session("2030-06-30"));
    expect(early.json().errors).toMatchObject([{ field: "date", code: "outside_run" }]);
    const backwards = await post(session("2030-07-02", "15:00", "09:00"));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toMatchObject([{ field: "endsAt", code: "before_start" }]);
    const malformed = await post({ ...session(), startsAt: "9:00", videoLink: "not a link" });
    expect(malformed.statusCode).toBe(400);
    expect(
      malformed
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["startsAt", "videoLink"]);
    expect(await t.db.programmeSession.count({ where: { runId: w.runId } })).toBe(0);
    expect(await w.runVersion()).toBe(version);

    const created = await post(session());
    const put = await w.call(
      w.coordinator.id,
      "PUT",
      `/api/programme-sessions/${created.json().id}`,
      session("2030-07-02", "15:00", "14:00"),
      1,
    );
    expect(put.json().errors).toMatchObject([{ field: "endsAt", code: "before_start" }]);
    const badItem = await w.call(
      w.coordinator.id,
      "POST",
      `/api/programme-sessions/${created.json().id}/items`,
      item("", "TALK", 2),
    );
    expect(
      badItem
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(["minutes", "title"]);
    const stored = await t.db.programmeSession.findUniqueOrThrow({ where: { id: created.json().id } });
    expect(stored).toMatchObject({ startsAt: 540, endsAt: 900, version: 1 });
  });

  it("refuses changes to a closed run but still shows it", async () => {
    const w = await setUp({ phase: "COMPLETED" });
    const created = await w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, session());
    expect(created.statusCode).toBe(409);
    expect(created.json().code).toBe("run_closed");
    const stored = await t.db.programmeSession.create({
      data: { runId: w.runId, date: new Date("2030-07-02"), startsAt: 540, endsAt: 900 },
    });
    const put = await w.call(w.professional.id, "PUT", `/api/programme-sessions/${stored.id}`, session(), 1);
    expect(put.statusCode).toBe(409);
    const add = await w.call(w.professional.id, "POST", `/api/programme-sessions/${stored.id}/items`, item("Sent"));
    expect(add.statusCode).toBe(409);
    const read = await w.call(w.professional.id, "GET", `/api/runs/${w.runId}/programme`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ canEdit: false });
  });

  it("lets readers read only, and hides other units' programmes", async () => {
    const w = await setUp();
    const sessionId = (await w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, session())).json().id;
    const itemId = (
      await w.call(w.coordinator.id, "POST", `/api/programme-sessions/${sessionId}/items`, item("Tema"))
    ).json().id;
    const stranger = await createPerson(t.db, {
      memberships: [{ unitId: (await createUnit(t.db)).id, role: "COORDINATOR" }],
    });
    const version = await w.runVersion();
    const writes: [Method, string, object | undefined][] = [
      ["POST", `/api/runs/${w.runId}/sessions`, session()],
      ["PUT", `/api/programme-sessions/${sessionId}`, session()],
      ["DELETE", `/api/programme-sessions/${sessionId}`, undefined],
      ["POST", `/api/programme-sessions/${sessionId}/items`, item("Nytt")],
      ["PUT", `/api/programme-items/${itemId}`, item("Endret")],
      ["DELETE", `/api/programme-items/${itemId}`, undefined],
    ];
    for (const [method, url, body] of writes) {
      expect((await w.call(w.reader.id, method, url, body, 1)).statusCode, `${method} ${url}`).toBe(403);
      expect((await w.call(stranger.id, method, url, body, 1)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await w.runVersion()).toBe(version);
    const read = await w.call(w.reader.id, "GET", `/api/runs/${w.runId}/programme`);
    expect(read.statusCode).toBe(200);
    expect(read.json().abilities).toEqual({ canEdit: false });
    expect((await w.call(w.reader.id, "GET", `/api/runs/${w.runId}/programme.ics`)).statusCode).toBe(200);
    expect((await w.call(stranger.id, "GET", `/api/runs/${w.runId}/programme`)).statusCode).toBe(404);
    expect((await w.call(stranger.id, "GET", `/api/runs/${w.runId}/programme.ics`)).statusCode).toBe(404);
  });

  it("answers a stale If-Match with 412 and what is stored now, and a missing one with 428", async () => {
    const w = await setUp();
    const sessionId = (await w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, session())).json().id;
    const sessionUrl = `/api/programme-sessions/${sessionId}`;
    await w.call(w.professional.id, "PUT", sessionUrl, { ...session(), place: "Fysioterapisalen" }, 1);
    const stale = await w.call(w.userRepresentative.id, "PUT", sessionUrl, { ...session(), place: "Kantina" }, 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({
      code: "precondition_failed",
      current: { id: sessionId, version: 2, place: "Fysioterapisalen", startsAt: "09:00" },
    });
    expect((await w.call(w.userRepresentative.id, "DELETE", sessionUrl, undefined, 1)).statusCode).toBe(412);
    expect((await w.call(w.userRepresentative.id, "PUT", sessionUrl, session())).statusCode).toBe(428);

    const itemId = (await w.call(w.coordinator.id, "POST", `${sessionUrl}/items`, item("Søvn"))).json().id;
    const itemUrl = `/api/programme-items/${itemId}`;
    await w.call(w.professional.id, "PUT", itemUrl, item("Søvn og hvile", "TALK", 50, [w.professional.id]), 1);
    const version = await w.runVersion();
    const staleItem = await w.call(w.userRepresentative.id, "PUT", itemUrl, item("Søvn og stress"), 1);
    expect(staleItem.statusCode).toBe(412);
    expect(staleItem.json().current).toMatchObject({
      id: itemId,
      version: 2,
      title: "Søvn og hvile",
      minutes: 50,
      presenters: [{ personId: w.professional.id, role: "PROFESSIONAL" }],
    });
    expect((await w.call(w.userRepresentative.id, "DELETE", itemUrl, undefined, 1)).statusCode).toBe(412);
    expect(await w.runVersion()).toBe(version);
    expect((await t.db.programmeItem.findUniqueOrThrow({ where: { id: itemId } })).title).toBe("Søvn og hvile");
  });
});

describe("the programme as an iCalendar file", () => {
  const unfold = (text: string) => text.replace(/\r?\n[ \t]/g, "");

  it("has one event per session, in UTC across summer and winter time", async () => {
    const w = await setUp();
    const post = (body: object) => w.call(w.coordinator.id, "POST", `/api/runs/${w.runId}/sessions`, body);
    const winter = (await post(session("2031-01-14", "09:00", "15:30"))).json().id;
    const summer = (await post(session("2030-07-02", "09:00", "15:00"))).json().id;
    await post({ ...session("2030-07-03", "17:00", "19:00"), place: null, videoLink: "https://video.example/kveld" });
    await w.call(
      w.coordinator.id,
      "POST",
      `/api/programme-sessions/${summer}/items`,
      item("Velkommen", "TALK", 15, [w.professional.id]),
    );
    await w.call(
      w.coordinator.id,
      "POST",
      `/api/programme-sessions/${summer}/items`,
      item("Mitt liv", "USER_STORY", 30),
    );

    const response = await w.call(w.professional.id, "GET", `/api/runs/${w.runId}/programme.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/calendar");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="samlinger-2030-07-01.ics"');
    const ics = unfold(response.body);
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(3);
    const events = ics.split("BEGIN:VEVENT").slice(1);
    expect(events[0]).toContain(`UID:${summer}@sidestilt`);
    expect(events[0]).toContain("DTSTART:20300702T070000Z");
    expect(events[0]).toContain("DTEND:20300702T130000Z");
    expect(events[0]).toContain(`SUMMARY:${w.title} – samling 1`);
    expect(events[0]).toContain("LOCATION:Auditoriet\\, UNN Tromsø");
    expect(events[0]).toContain(
      `DESCRIPTION:09:00 Velkommen (Faginnlegg\\, 15 min) – ${w.professional.name}\\n09:15 Mitt liv`,
    );
    expect(events[1]).toContain("DTSTART:20300703T150000Z");
    expect(events[1]).toContain("LOCATION:https://video.example/kveld");
    expect(events[2]).toContain(`UID:${winter}@sidestilt`);
    expect(events[2]).toContain("DTSTART:20310114T080000Z");
    expect(events[2]).toContain("DTEND:20310114T143000Z");
    expect(events[2]).toContain(`SUMMARY:${w.title} – samling 3`);

    const exported = await t.db.auditEvent.findFirst({
      where: { objectId: w.runId, action: "programme.calendar-exported" },
    });
    expect(exported).toMatchObject({ actorId: w.professional.id, unitIds: [w.unit.id] });
  });

  it("is an empty calendar for a programme without sessions", async () => {
    const w = await setUp();
    const response = await w.call(w.coordinator.id, "GET", `/api/runs/${w.runId}/programme.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("BEGIN:VCALENDAR");
    expect(response.body).not.toContain("BEGIN:VEVENT");
  });
});
