import type { CatalogueRun, CatalogueRunDetail } from "@sidestilt/domain/catalogue.schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, headersOf, unique } from "../../test/fixtures.ts";
import { catalogueListSql } from "./catalogue.service.ts";
import { searchDocument, searchQuery } from "./catalogue-query.ts";
import { addRegistrations, createCatalogueRun, createCatalogueUnit, daysFromToday } from "./catalogue-test-data.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An anonymous visitor's request (no cookie, no session). */
const get = (url: string) => t.app.inject({ method: "GET", url });

async function list(query: Record<string, string>): Promise<CatalogueRun[]> {
  const response = await get(`/api/catalogue/runs?${new URLSearchParams(query)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items;
}
const titles = async (query: Record<string, string>) => (await list(query)).map((run) => run.title);

/**
 * Two units (A and B) with published runs of their own and one shared; runs of A in every
 * unpublished state. The summaries are written for the Norwegian stemmer's tests below.
 */
async function twoUnits() {
  const a = await createCatalogueUnit(t.db);
  const b = await createCatalogueUnit(t.db);
  const run = (spec: Parameters<typeof createCatalogueRun>[1]) => createCatalogueRun(t.db, spec);
  const ids = {
    diabetes: await run({
      title: "Startkurs diabetes type 2",
      summary: "To dager kurs om å leve med diabetes: kosthold, aktivitet og medisiner ved diabetes.",
      diagnosis: "Diabetes type 2",
      ownerIds: [a.id],
      startsOn: "2031-02-03",
      endsOn: "2031-02-04",
      feeNok: 350,
    }),
    dementia: await run({
      title: "Pårørendeskole demens",
      summary: "Fem kvelder for pårørende til personer med demens.",
      diagnosis: "Demens",
      targetGroup: "RELATIVES",
      ownerIds: [a.id, b.id],
      startsOn: "2031-03-10",
      endsOn: "2031-04-07",
    }),
    coping: await run({
      title: "Mestringstreff",
      summary: "Diagnoseuavhengige samlinger om å leve med langvarig sykdom. Kursene holdes i kommunen.",
      targetGroup: "BOTH",
      format: "HYBRID",
      languages: ["nb", "se"],
      ownerIds: [a.id],
      startsOn: "2031-04-07",
      endsOn: "2031-05-12",
    }),
    copd: await run({
      title: "KOLS-kurs digitalt",
      summary: "Kurs for personer med KOLS, over video.",
      diagnosis: "KOLS",
      format: "DIGITAL",
      languages: ["nb", "en"],
      enrolment: "REFERRAL",
      ownerIds: [b.id],
      startsOn: "2031-05-05",
      venue: null,
      videoLink: "https://video.example/kols",
    }),
    bipolar: await run({
      title: "Pårørendekurs bipolar lidelse",
      summary: "To digitale samlinger om bipolar lidelse.",
      diagnosis: "Bipolar lidelse",
      targetGroup: "RELATIVES",
      format: "DIGITAL",
      ownerIds: [b.id],
      startsOn: "2031-06-02",
    }),
    heart: await run({
      title: "Hjerterehabilitering",
      summary: "Opplæring og trening etter hjertesykdom, også for deg som har diabetes.",
      diagnosis: "Hjertesykdom",
      phase: "RUNNING",
      ownerIds: [a.id],
      startsOn: daysFromToday(-1),
      endsOn: daysFromToday(10),
    }),
  };
  const unpublished = {
    planning: await run({ title: "Under planlegging", ownerIds: [a.id], phase: "PLANNING", diagnosis: unique("D") }),
    evaluation: await run({ title: "Under evaluering", ownerIds: [a.id], phase: "EVALUATION" }),
    completed: await run({ title: "Fullført", ownerIds: [a.id], phase: "COMPLETED" }),
    cancelled: await run({ title: "Avlyst", ownerIds: [a.id], phase: "CANCELLED" }),
    // Published, but over: not in the list.
    over: await run({
      title: "Ferdig i går",
      ownerIds: [a.id],
      phase: "RUNNING",
      startsOn: daysFromToday(-3),
      endsOn: daysFromToday(-1),
    }),
  };
  return { a, b, ids, unpublished };
}

let world: Awaited<ReturnType<typeof twoUnits>>;
beforeAll(async () => {
  world = await twoUnits();
});

describe("the catalogue's list", () => {
  it("lists the upcoming published runs of a unit by start date, with facts, owners and sign-up state", async () => {
    const runs = await list({ unit: world.a.id });
    expect(runs.map((run) => run.title)).toEqual([
      "Hjerterehabilitering",
      "Startkurs diabetes type 2",
      "Pårørendeskole demens",
      "Mestringstreff",
    ]);
    const diabetes = runs.find((run) => run.runId === world.ids.diabetes);
    expect(diabetes).toMatchObject({
      title: "Startkurs diabetes type 2",
      diagnosis: "Diabetes type 2",
      targetGroup: "PATIENTS",
      format: "PHYSICAL",
      languages: ["nb"],
      enrolment: "DIRECT",
      startsOn: "2031-02-03",
      endsOn: "2031-02-04",
      venue: "Kurssalen",
      feeNok: 350,
      capacity: 12,
      lastSignupDay: "2031-02-02",
      owners: [{ id: world.a.id, name: world.a.name, municipality: world.a.municipality, region: world.a.region }],
      signup: { state: "open", seatsLeft: 12 },
    });
    const shared = runs.find((run) => run.runId === world.ids.dementia);
    expect(shared?.owners.map((owner) => owner.id).sort()).toEqual([world.a.id, world.b.id].sort());
    expect(runs.find((run) => run.runId === world.ids.heart)?.signup).toEqual({ state: "closed", reason: "started" });
  });

  it("never lists runs in planning, evaluation, completed, cancelled or over, and their pages are not found", async () => {
    const listed = (await list({ unit: world.a.id, limit: "50" })).map((run) => run.runId);
    for (const runId of Object.values(world.unpublished)) expect(listed).not.toContain(runId);
    for (const runId of [
      world.unpublished.planning,
      world.unpublished.evaluation,
      world.unpublished.completed,
      world.unpublished.cancelled,
    ]) {
      for (const path of ["", "/calendar.ics"]) {
        const response = await get(`/api/catalogue/runs/${runId}${path}`);
        expect(response.statusCode, `${runId}${path}`).toBe(404);
        expect(response.json().code).toBe("not_found");
      }
    }
    // A published run that is over keeps its page (the link may be in someone's email).
    expect((await get(`/api/catalogue/runs/${world.unpublished.over}`)).statusCode).toBe(200);
  });

  it("narrows by every filter", async () => {
    const a = world.a.id;
    const b = world.b.id;
    expect(await titles({ unit: b })).toEqual([
      "Pårørendeskole demens",
      "KOLS-kurs digitalt",
      "Pårørendekurs bipolar lidelse",
    ]);
    expect(await titles({ region: world.b.region })).toEqual(await titles({ unit: b }));
    expect(await titles({ municipality: world.a.municipality ?? "" })).toEqual(await titles({ unit: a }));
    expect(await titles({ region: world.a.region, municipality: world.b.municipality ?? "" })).toEqual([
      "Pårørendeskole demens",
    ]);
    expect(await titles({ unit: a, diagnosis: "Demens" })).toEqual(["Pårørendeskole demens"]);
    expect(await titles({ unit: a, diagnosis: "demens" })).toEqual([]); // the exact diagnosis, as the facets offer it
    expect(await titles({ unit: a, diagnosis: "none" })).toEqual(["Mestringstreff"]);
    // A course for both patients and relatives is for either.
    expect(await titles({ unit: a, targetGroup: "PATIENTS" })).toEqual([
      "Hjerterehabilitering",
      "Startkurs diabetes type 2",
      "Mestringstreff",
    ]);
    expect(await titles({ unit: a, targetGroup: "RELATIVES" })).toEqual(["Pårørendeskole demens", "Mestringstreff"]);
    expect(await titles({ unit: a, format: "HYBRID" })).toEqual(["Mestringstreff"]);
    expect(await titles({ unit: b, format: "DIGITAL" })).toEqual([
      "KOLS-kurs digitalt",
      "Pårørendekurs bipolar lidelse",
    ]);
    expect(await titles({ unit: a, language: "se" })).toEqual(["Mestringstreff"]);
    expect(await titles({ unit: b, language: "en" })).toEqual(["KOLS-kurs digitalt"]);
    // Runs that start in the window, both ends included.
    expect(await titles({ unit: a, from: "2031-03-01", to: "2031-04-30" })).toEqual([
      "Pårørendeskole demens",
      "Mestringstreff",
    ]);
    expect(await titles({ unit: a, from: "2031-03-10", to: "2031-03-10" })).toEqual(["Pårørendeskole demens"]);
    expect(await titles({ unit: a, from: "2031-04-08" })).toEqual([]);
    // Empty free text is no filter.
    expect(await titles({ unit: b, q: " ", region: "", diagnosis: "" })).toEqual(await titles({ unit: b }));
  });

  it("searches in Norwegian: stems inflected words, not compounds, and ranks by relevance", async () => {
    const a = world.a.id;
    const b = world.b.id;
    // "diabetes" finds the course by its title, diagnosis and summary, and one that mentions it once,
    // the more relevant first although it starts later.
    expect(await titles({ unit: a, q: "diabetes" })).toEqual(["Startkurs diabetes type 2", "Hjerterehabilitering"]);
    expect(await titles({ unit: a, q: "Diabetes type 2" })).toEqual(["Startkurs diabetes type 2"]);
    // Inflections share a stem: "kurset" and "kursene" are both 'kurs' …
    expect(await titles({ unit: a, q: "kurset" })).toEqual(["Mestringstreff"]);
    // … but the snowball stemmer makes "kurs" itself 'kur', so "kurs" and "kurset" do not find each other.
    expect(await titles({ unit: a, q: "kurs" })).toEqual(["Startkurs diabetes type 2"]);
    // "pårørende" finds the word, not compounds that begin with it ("Pårørendekurs").
    expect(await titles({ unit: b, q: "pårørende" })).toEqual(["Pårørendeskole demens"]);
    expect(await titles({ unit: b, q: "pårørendekurs" })).toEqual(["Pårørendekurs bipolar lidelse"]);
    // Web-search syntax: quoted phrases and excluded words.
    expect(await titles({ unit: b, q: '"bipolar lidelse"' })).toEqual(["Pårørendekurs bipolar lidelse"]);
    expect(await titles({ unit: b, q: "pårørende -demens" })).toEqual([]);
    expect(await titles({ unit: b, q: "KOLS-kurs" })).toEqual(["KOLS-kurs digitalt"]);
    // Only stop words: nothing to search for, nothing found.
    expect(await titles({ unit: a, q: "og" })).toEqual([]);
  });

  it("searches with the expression of the full-text index, so that PostgreSQL can use it", async () => {
    const plan = await t.db.$transaction(async (tx) => {
      // Tiny test tables are cheaper to scan; forbid that to see whether the index fits the query.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT c.id FROM course c WHERE ${searchDocument} @@ ${searchQuery("diabetes")}`;
    });
    expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toContain("course_search_idx");
  });

  it("walks the published runs in the list's order, so that a page costs the same at any size", async () => {
    const plan = await t.db.$transaction(async (tx) => {
      // As above: tiny tables are cheaper to scan and sort; forbid that to see whether the index fits.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
      await tx.$executeRaw`SET LOCAL enable_sort = off`;
      const list = catalogueListSql({ limit: 20 }, "2026-11-23");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${list}`;
    });
    expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toMatch(
      /Index Scan using course_run_published_idx on course_run/,
    );
  });

  it("pages without gaps or duplicates, by date and by relevance", async () => {
    const unit = await createCatalogueUnit(t.db);
    const dates = ["2031-09-01", "2031-09-01", "2031-09-01", "2031-08-01", "2031-10-01", "2031-08-01", "2031-11-01"];
    for (const [index, startsOn] of dates.entries()) {
      await createCatalogueRun(t.db, {
        title: `Mestring i hverdagen ${index + 1}`,
        // Ranks differ by how often the word occurs, and some are equal.
        summary: Array.from({ length: (index % 3) + 1 }, () => "mestring").join(" og "),
        ownerIds: [unit.id],
        startsOn,
      });
    }
    async function allPages(query: Record<string, string>) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await get(
          `/api/catalogue/runs?${new URLSearchParams({ ...query, limit: "3", ...(cursor ? { cursor } : {}) })}`,
        );
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json() as { items: CatalogueRun[]; nextCursor: string | null };
        expect(body.items.length).toBeLessThanOrEqual(3);
        seen.push(...body.items.map((run) => run.runId));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      return { seen, pages };
    }
    const queries: Record<string, string>[] = [{ unit: unit.id }, { unit: unit.id, q: "mestring" }];
    for (const query of queries) {
      const whole = (await list({ ...query, limit: "50" })).map((run) => run.runId);
      expect(whole).toHaveLength(7);
      const paged = await allPages(query);
      expect(paged.seen).toEqual(whole);
      expect(new Set(paged.seen).size).toBe(7);
      expect(paged.pages).toBe(3);
    }
    const byDate = await list({ unit: unit.id, limit: "50" });
    expect(byDate.map((run) => run.startsOn)).toEqual([...dates].sort());
    const ids = byDate.filter((run) => run.startsOn === "2031-09-01").map((run) => run.runId);
    expect(ids).toEqual([...ids].sort());
    const byRank = await titles({ unit: unit.id, q: "mestring", limit: "50" });
    // Three occurrences (runs 3 and 6) before two (2 and 5) before one (1, 4 and 7), each by date.
    expect(byRank.slice(0, 2).sort()).toEqual(["Mestring i hverdagen 3", "Mestring i hverdagen 6"]);
    expect(byRank.slice(-3).sort()).toEqual([
      "Mestring i hverdagen 1",
      "Mestring i hverdagen 4",
      "Mestring i hverdagen 7",
    ]);
  });

  it("answers a bad filter with 400 validation_failed and the field", async () => {
    const cases: [string, string, string?][] = [
      ["format=FOO", "format"],
      ["from=2031-05-01&to=2031-04-01", "to", "to_before_from"],
      ["limit=999", "limit"],
      ["limit=0", "limit"],
      ["limit=many", "limit"],
      ["unit=not-a-uuid", "unit"],
      ["targetGroup=BOTH", "targetGroup"],
      ["language=Norsk", "language", "invalid_language"],
      ["from=31.12.2031", "from"],
      [`q=${"a".repeat(201)}`, "q"],
      ["cursor=garbage", "cursor", "Invalid cursor"],
    ];
    for (const [query, field, message] of cases) {
      const response = await get(`/api/catalogue/runs?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      const body = response.json();
      expect(body.code, query).toBe("validation_failed");
      expect(body.errors?.[0]?.field, query).toBe(field);
      if (message) expect(body.errors?.[0]?.message, query).toBe(message);
    }
    // A search's cursor does not fit a list without the search (its order is another).
    const searched = await get(`/api/catalogue/runs?unit=${world.a.id}&q=diabetes&limit=1`);
    const cursor = searched.json().nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    const mismatched = await get(`/api/catalogue/runs?unit=${world.a.id}&limit=1&cursor=${cursor}`);
    expect(mismatched.statusCode).toBe(400);
    expect(mismatched.json().errors[0].field).toBe("cursor");
  });
});

describe("sign-up states in the catalogue", () => {
  it("counts held seats and the waiting list, and tells referral and closed runs apart", async () => {
    const unit = await createCatalogueUnit(t.db);
    const run = (title: string, spec: Partial<Parameters<typeof createCatalogueRun>[1]> = {}) =>
      createCatalogueRun(t.db, { title, ownerIds: [unit.id], startsOn: daysFromToday(30), ...spec });
    const open = await run("Ledige plasser", { capacity: 10 });
    await addRegistrations(t.db, open, ["CONFIRMED", "CONFIRMED", "CONFIRMED", "OFFERED", "CANCELLED", "EXPIRED"]);
    const full = await run("Fullt", { capacity: 2 });
    await addRegistrations(t.db, full, ["CONFIRMED", "CONFIRMED", "WAITING", "WAITING", "WAITING"]);
    const referral = await run("Henvisning", { enrolment: "REFERRAL" });
    const deadline = await run("Fristen er ute", { signupClosesOn: daysFromToday(-1) });
    const closesSoon = await run("Frist i morgen", { signupClosesOn: daysFromToday(1) });
    const runs = new Map((await list({ unit: unit.id })).map((item) => [item.runId, item]));
    expect(runs.get(open)?.signup).toEqual({ state: "open", seatsLeft: 6 });
    expect(runs.get(full)?.signup).toEqual({ state: "waiting_list", waiting: 3 });
    expect(runs.get(referral)?.signup).toEqual({ state: "referral" });
    expect(runs.get(deadline)?.signup).toEqual({ state: "closed", reason: "deadline_passed" });
    expect(runs.get(closesSoon)).toMatchObject({ signup: { state: "open" }, lastSignupDay: daysFromToday(1) });
    expect(runs.get(open)?.lastSignupDay).toBe(daysFromToday(29));
  });
});

describe("the public course page", () => {
  async function runWithProgramme() {
    const unit = await createCatalogueUnit(t.db);
    const presenter = await createPerson(t.db, { memberships: [{ unitId: unit.id, role: "PROFESSIONAL" }] });
    const videoLink = `https://video.example/${unique("hemmelig")}`;
    const runId = await createCatalogueRun(t.db, {
      title: "Lære å leve med KOLS",
      summary: "To dager om pust, aktivitet og mestring.",
      diagnosis: "KOLS",
      format: "HYBRID",
      enrolment: "REFERRAL",
      ageFrom: 18,
      ageTo: 99,
      ownerIds: [unit.id],
      startsOn: "2031-02-03",
      endsOn: "2031-06-10",
      videoLink,
    });
    const session = (date: string, startsAt: number, endsAt: number, place: string | null, link: string | null) =>
      t.db.programmeSession.create({ data: { runId, date: new Date(date), startsAt, endsAt, place, videoLink: link } });
    // Created out of order: the page lists them by date.
    const summer = await session("2031-06-10", 17 * 60, 19 * 60, null, videoLink);
    const winter = await session("2031-02-03", 9 * 60, 15 * 60, "Auditoriet, UNN Tromsø", null);
    const item = (
      sessionId: string,
      position: number,
      kind: "TALK" | "BREAK" | "USER_STORY",
      title: string,
      minutes: number,
    ) =>
      t.db.programmeItem.create({
        data: {
          sessionId,
          position,
          kind,
          title,
          minutes,
          createdById: presenter.id,
          createdRole: "PROFESSIONAL",
          phase: "PLANNING",
          presenters: { create: [{ personId: presenter.id, role: "PROFESSIONAL" }] },
        },
      });
    await item(winter.id, 1, "TALK", "Hva er KOLS?", 45);
    await item(winter.id, 2, "BREAK", "Lunsj", 30);
    await item(winter.id, 3, "USER_STORY", "Å leve med KOLS", 30);
    await item(summer.id, 1, "TALK", "Pust og avspenning", 60);
    return { unit, presenter, videoLink, runId };
  }

  it("shows the facts, the programme without presenters or video link, teaching hours and the units' contact", async () => {
    const w = await runWithProgramme();
    const response = await get(`/api/catalogue/runs/${w.runId}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain(w.videoLink);
    expect(response.body).not.toContain("video.example");
    expect(response.body).not.toContain(w.presenter.name);
    expect(response.body).not.toContain(w.presenter.id);
    const page = response.json() as CatalogueRunDetail;
    expect(page).toMatchObject({
      runId: w.runId,
      title: "Lære å leve med KOLS",
      summary: "To dager om pust, aktivitet og mestring.",
      ageFrom: 18,
      ageTo: 99,
      format: "HYBRID",
      enrolment: "REFERRAL",
      signup: { state: "referral" },
      owners: [
        {
          id: w.unit.id,
          name: w.unit.name,
          contactEmail: "lms@kommune.example",
          contactPhone: "+47 77 00 00 00",
        },
      ],
      totalTeachingMinutes: 135,
    });
    expect(page.sessions).toEqual([
      {
        date: "2031-02-03",
        startsAt: "09:00",
        endsAt: "15:00",
        place: "Auditoriet, UNN Tromsø",
        online: false,
        teachingMinutes: 75,
        items: [
          { kind: "TALK", title: "Hva er KOLS?", minutes: 45 },
          { kind: "BREAK", title: "Lunsj", minutes: 30 },
          { kind: "USER_STORY", title: "Å leve med KOLS", minutes: 30 },
        ],
      },
      {
        date: "2031-06-10",
        startsAt: "17:00",
        endsAt: "19:00",
        place: null,
        online: true,
        teachingMinutes: 60,
        items: [{ kind: "TALK", title: "Pust og avspenning", minutes: 60 }],
      },
    ]);
  });

  it("is not found for a missing run, and a malformed id is a 400", async () => {
    const missing = await get("/api/catalogue/runs/0193f5d2-7c1a-7000-8000-00000000dead");
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("not_found");
    const malformed = await get("/api/catalogue/runs/not-a-run");
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].field).toBe("runId");
  });

  it("offers the sessions as an iCalendar file in UTC, without the video link or presenters", async () => {
    const w = await runWithProgramme();
    const response = await get(`/api/catalogue/runs/${w.runId}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/calendar");
    expect(response.headers["content-disposition"]).toBe('attachment; filename="samlinger-2031-02-03.ics"');
    const ics = response.body.replace(/\r?\n[ \t]/g, "");
    expect(ics.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(ics).not.toContain("video.example");
    expect(ics).not.toContain(w.presenter.name);
    const events = ics.split("BEGIN:VEVENT").slice(1);
    expect(events).toHaveLength(2);
    // 09:00 in Oslo in winter (UTC+1) and 17:00 in summer (UTC+2).
    expect(events[0]).toMatch(/^DTSTART:20310203T080000Z\r?$/m);
    expect(events[0]).toMatch(/^DTEND:20310203T140000Z\r?$/m);
    expect(events[0]).toContain("SUMMARY:Lære å leve med KOLS – samling 1");
    expect(events[0]).toContain("LOCATION:Auditoriet\\, UNN Tromsø");
    expect(events[0]).toContain("DESCRIPTION:09:00 Hva er KOLS? (Faginnlegg\\, 45 min)\\n09:45 Lunsj");
    expect(events[1]).toMatch(/^DTSTART:20310610T150000Z\r?$/m);
    expect(events[1]).toContain("LOCATION:Digitalt");
    expect(events[1]).toContain("lenken kommer på e-post");
  });
});

describe("the catalogue's facets", () => {
  it("offers the values of the listed runs only", async () => {
    const response = await get("/api/catalogue/facets");
    expect(response.statusCode).toBe(200);
    const facets = response.json();
    expect(facets.units).toEqual(
      expect.arrayContaining([
        { id: world.a.id, name: world.a.name, municipality: world.a.municipality, region: world.a.region },
        { id: world.b.id, name: world.b.name, municipality: world.b.municipality, region: world.b.region },
      ]),
    );
    expect(facets.regions).toEqual(expect.arrayContaining([world.a.region, world.b.region]));
    expect(facets.municipalities).toEqual(expect.arrayContaining([world.a.municipality, world.b.municipality]));
    expect(facets.diagnoses).toEqual(expect.arrayContaining(["Demens", "Diabetes type 2", "KOLS"]));
    expect(facets.diagnosisIndependent).toBe(true);
    expect(facets.languages).toEqual(expect.arrayContaining(["en", "nb", "se"]));
    expect(facets.formats).toEqual(expect.arrayContaining(["PHYSICAL", "DIGITAL", "HYBRID"]));
    expect(facets.targetGroups).toEqual(["PATIENTS", "RELATIVES"]);
    // Sorted, and nothing from runs that are not listed.
    expect(facets.diagnoses).toEqual([...facets.diagnoses].sort((x: string, y: string) => x.localeCompare(y, "nb")));
    const planningOnly = await t.db.course.findFirstOrThrow({
      where: { runs: { some: { id: world.unpublished.planning } } },
      select: { diagnosis: true },
    });
    expect(facets.diagnoses).not.toContain(planningOnly.diagnosis);
    const lonelyUnit = await createCatalogueUnit(t.db);
    await createCatalogueRun(t.db, { title: "Bare i planlegging", ownerIds: [lonelyUnit.id], phase: "PLANNING" });
    const again = (await get("/api/catalogue/facets")).json();
    expect(again.units.map((unit: { id: string }) => unit.id)).not.toContain(lonelyUnit.id);
    expect(again.regions).not.toContain(lonelyUnit.region);
  });
});

describe("caching", () => {
  it("lets shared caches keep an anonymous visitor's answers a minute, and nothing else", async () => {
    expect((await get(`/api/catalogue/runs?unit=${world.a.id}`)).headers["cache-control"]).toBe("public, max-age=60");
    expect((await get("/api/catalogue/facets")).headers["cache-control"]).toBe("public, max-age=60");
    expect((await get(`/api/catalogue/runs/${world.ids.diabetes}`)).headers["cache-control"]).toBe(
      "public, max-age=60",
    );
    expect((await get(`/api/catalogue/runs/${world.unpublished.planning}`)).headers["cache-control"]).toBe("no-store");
    expect((await get("/api/catalogue/runs?format=FOO")).headers["cache-control"]).toBe("no-store");
    // A request with cookies may be answered with a Set-Cookie (an expired session is cleared).
    const person = await createPerson(t.db);
    const signedIn = await t.app.inject({
      method: "GET",
      url: `/api/catalogue/runs/${world.ids.diabetes}`,
      headers: await headersOf(t.db, person.id),
    });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.headers["cache-control"]).toBe("no-store");
    const expired = await t.app.inject({
      method: "GET",
      url: "/api/catalogue/facets",
      headers: { cookie: "__Host-sidestilt-session=expired-or-unknown" },
    });
    expect(expired.statusCode).toBe(200);
    expect(expired.headers["cache-control"]).toBe("no-store");
  });
});
