import { answerIssues, answerSetSchema, questionListSchema } from "@sidestilt/domain/evaluation-form.schema";
import { type RunPhase, validSignatures } from "@sidestilt/domain/phase";
import { formatTime, sessionFieldErrors, sessionWarnings } from "@sidestilt/domain/programme";
import { roleSchema, unitKindSchema } from "@sidestilt/domain/roles";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMigratedDatabase } from "../../test/test-database.ts";
import { createPrisma, type Db } from "../prisma.ts";
import { demoCourses, demoPeople, demoUnits } from "./demo-data.ts";
import { seedDemoData } from "./seed-demo.ts";

// The seed needs an empty database of its own: it refuses to seed one that already holds units.
let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
let db: Db;
beforeAll(async () => {
  database = await createMigratedDatabase(inject("adminDatabaseUrl"));
  db = createPrisma(database.url, { maxConnections: 2 });
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

describe("demo data", () => {
  it("covers every unit kind and every role, and the sample courses with their runs", async () => {
    await seedDemoData(db, new Date("2026-11-23T00:00:00Z"));
    const kinds = new Set((await db.unit.findMany({ select: { kind: true } })).map((unit) => unit.kind));
    expect([...kinds].sort()).toEqual([...unitKindSchema.options].sort());
    const roles = new Set((await db.membership.findMany({ select: { role: true } })).map((m) => m.role));
    expect([...roles].sort()).toEqual([...roleSchema.options].sort());
    expect(await db.person.count({ where: { isSystemAdmin: true } })).toBe(1);
    expect(await db.course.count()).toBe(demoCourses.length);
    const joint = await db.course.findFirstOrThrow({
      where: { title: "Pårørendeskole demens" },
      include: { owners: true },
    });
    expect(joint.owners).toHaveLength(2);
    const representative = await db.person.findUniqueOrThrow({
      where: { email: "bruker@unn.example" },
      include: { workingGroups: true, memberships: { include: { represents: true } } },
    });
    expect(representative.workingGroups.length).toBeGreaterThan(0);
    expect(representative.memberships.find((m) => m.represents)?.represents?.kind).toBe("USER_ORGANISATION");
    expect(await db.unitPartnership.count()).toBeGreaterThan(0);
    const firstRun = await db.courseRun.findFirstOrThrow({
      where: { course: { title: "KOLS-kurs i kommunen" } },
      select: { startsOn: true },
    });
    expect(firstRun.startsOn.toISOString().slice(0, 10)).toBe("2026-12-14");
  });

  it("publishes runs across the demo units, signed by a user representative and a professional", async () => {
    const published = await db.courseRun.findMany({
      where: { phase: { in: ["READY", "RUNNING"] } },
      include: { course: { include: { owners: { include: { unit: true } } } } },
    });
    const ownerNames = new Set(published.flatMap((run) => run.course.owners.map((owner) => owner.unit.name)));
    for (const name of [
      "Universitetssykehuset Nord-Norge LMS",
      "Midt-Troms interkommunale LMS",
      "Lenvik kommune",
      "Målselv kommune",
    ]) {
      expect(ownerNames).toContain(name);
    }
    expect(published.filter((run) => run.phase === "READY").length).toBeGreaterThanOrEqual(5);
    expect(new Set(published.map((run) => run.course.enrolment))).toEqual(new Set(["DIRECT", "REFERRAL"]));
    expect(new Set(published.map((run) => run.course.format))).toEqual(new Set(["PHYSICAL", "DIGITAL", "HYBRID"]));
    expect(published.some((run) => run.feeNok === 350)).toBe(true);
    expect(published.some((run) => run.feeNok === null)).toBe(true);
    expect(published.filter((run) => run.signupClosesOn !== null)).toHaveLength(1);
    // A digital run's place is its video link, never a venue.
    for (const run of published.filter((candidate) => candidate.course.format === "DIGITAL")) {
      expect(run.venue).toBeNull();
      expect(run.videoLink).toMatch(/^https:\/\/video\.example\//);
    }

    // Every step a run has taken is signed on its version by both roles of its current working group.
    const steps: RunPhase[] = ["READY", "RUNNING", "EVALUATION", "COMPLETED"];
    const pastPlanning = await db.courseRun.findMany({
      where: { phase: { not: "PLANNING" } },
      include: { signatures: true, course: { include: { workingGroup: { where: { removedAt: null } } } } },
    });
    expect(pastPlanning.length).toBeGreaterThan(published.length - 1);
    for (const run of pastPlanning) {
      for (const target of steps.slice(0, steps.indexOf(run.phase) + 1)) {
        const signed = validSignatures({
          phase: run.phase,
          target,
          version: run.version,
          workingGroup: run.course.workingGroup,
          signatures: run.signatures,
        });
        expect(new Set(signed.map((signature) => signature.role)), `${run.course.title} → ${target}`).toEqual(
          new Set(["USER_REPRESENTATIVE", "PROFESSIONAL"]),
        );
      }
    }
  });

  it("gives the published runs programmes and synthetic participants: a full run, a waiting list, a run under way", async () => {
    const runs = await db.courseRun.findMany({
      where: { phase: { in: ["READY", "RUNNING"] } },
      include: {
        course: { select: { title: true } },
        registrations: true,
        sessions: { include: { items: { include: { presenters: true } } } },
      },
    });
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    for (const run of runs) {
      expect(run.sessions.length, run.course.title).toBeGreaterThan(0);
      for (const session of run.sessions) {
        const times = { startsAt: formatTime(session.startsAt), endsAt: formatTime(session.endsAt) };
        const fieldErrors = sessionFieldErrors(
          { date: iso(session.date), ...times },
          { startsOn: iso(run.startsOn), endsOn: iso(run.endsOn) },
        );
        expect(fieldErrors, `${run.course.title} ${iso(session.date)}`).toEqual([]);
        // Each session lets participants share experience and hear a user representative.
        expect(sessionWarnings(session), run.course.title).toEqual([]);
      }
    }
    const count = (run: (typeof runs)[number], status: string) =>
      run.registrations.filter((registration) => registration.status === status).length;
    expect(runs.some((run) => run.phase === "READY" && count(run, "CONFIRMED") === 8)).toBe(true);
    const full = runs.find((run) => count(run, "WAITING") === 3);
    expect(full && count(full, "CONFIRMED")).toBe(full?.capacity);
    const underWay = runs.find((run) => run.phase === "RUNNING");
    expect(underWay && iso(underWay.startsOn)).toBe("2026-11-22");
    expect(underWay && count(underWay, "CONFIRMED")).toBeGreaterThan(5);
    expect(underWay?.sessions.some((session) => iso(session.date) === "2026-11-22")).toBe(true);

    const registrations = runs.flatMap((run) => run.registrations);
    expect(new Set(registrations.map((registration) => registration.email)).size).toBe(registrations.length);
    expect(new Set(registrations.map((registration) => registration.manageTokenHash)).size).toBe(registrations.length);
    for (const registration of registrations) {
      expect(registration.name).toMatch(/^\S+( \S+)+$/);
      expect(registration.email).toMatch(/@example\.no$/);
    }
    // The waiting list has an order.
    const waiting = full?.registrations.filter((registration) => registration.status === "WAITING") ?? [];
    expect(waiting.every((registration) => registration.waitingSince !== null)).toBe(true);
  });

  it("does not seed twice", async () => {
    await seedDemoData(db);
    expect(await db.unit.count()).toBe(demoUnits.length);
    expect(await db.person.count()).toBe(demoPeople.length);
  });
  it("has an evaluation with results, one still collecting, and proposals for the next run", async () => {
    const collections = await db.evaluationCollection.findMany({
      include: {
        run: { select: { phase: true, course: { select: { title: true } } } },
        formRevision: true,
        answers: true,
      },
    });
    const closed = collections.find((collection) => collection.run.course.title === "Startkurs diabetes type 2");
    expect(closed).toMatchObject({ status: "CLOSED", run: { phase: "EVALUATION" } });
    expect(closed?.answers).toHaveLength(11);
    const open = collections.find((collection) => collection.run.course.title === "Hjerterehabilitering");
    expect(open).toMatchObject({ status: "OPEN", run: { phase: "RUNNING" } });
    expect(open?.answers).toHaveLength(3);
    // Every demo answer is one the API would have taken.
    for (const collection of collections) {
      const questions = questionListSchema.parse(collection.formRevision.questions);
      for (const { answers } of collection.answers) {
        expect(answerIssues(questions, answerSetSchema.parse(answers))).toEqual([]);
      }
    }
    expect(await db.revisionProposal.count({ where: { runId: closed?.runId, status: "ACCEPTED" } })).toBe(1);
  });
});
