import { randomUUID } from "node:crypto";
import { countFields } from "@sidestilt/domain/evaluation-results";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson, createTestApp, headersOf } from "../../test/fixtures.ts";
import { createEvaluationWorld } from "./evaluation-test-world.ts";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type World = Awaited<ReturnType<typeof createEvaluationWorld>>;

const as = async (personId: string, method: "GET" | "POST", url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method, url, headers: { ...(await headersOf(t.db, personId)), ...headers } });

type Answers = Record<string, string | number>;

/** Opens the world's collection and answers it through the anonymous link; closes it unless told not to. */
async function collectionWith(world: World, answers: Answers[], close = true) {
  const opened = await t.app.inject({
    method: "POST",
    url: `/api/runs/${world.runId}/evaluation-collections`,
    headers: await headersOf(t.db, world.professional.id),
    payload: { kind: "COURSE_EVALUATION" },
  });
  const { id, link, version } = opened.json() as { id: string; link: string; version: number };
  const code = new URL(link).hash.replace("#code=", "");
  for (const answer of answers) {
    const sent = await t.app.inject({
      method: "POST",
      url: "/api/evaluation/answers",
      payload: { code, submissionId: randomUUID(), answers: answer },
    });
    expect(sent.statusCode).toBe(201);
  }
  if (close) {
    await as(world.professional.id, "POST", `/api/evaluation-collections/${id}/close`, { "if-match": `"${version}"` });
  }
  return id;
}

const answers = (count: number, make: (index: number) => Answers) => Array.from({ length: count }, (_, i) => make(i));

/** Every number in a field that holds a count of people, anywhere in the value. */
function countsIn(value: unknown): number[] {
  if (Array.isArray(value)) return value.flatMap(countsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, inner]) =>
      (countFields as readonly string[]).includes(key) && typeof inner === "number" ? [inner] : countsIn(inner),
    );
  }
  return [];
}

describe("evaluation results", () => {
  it("stay hidden while collecting and below five answers, without saying how many answered", async () => {
    const world = await createEvaluationWorld(t.db);
    const open = await collectionWith(
      world,
      answers(6, () => ({ benefit: 7 })),
      false,
    );
    const collecting = await as(world.professional.id, "GET", `/api/evaluation-collections/${open}/results`);
    expect(collecting.statusCode).toBe(409);
    expect(collecting.json().code).toBe("results_unavailable");

    const small = await createEvaluationWorld(t.db);
    const closed = await collectionWith(
      small,
      answers(4, () => ({ benefit: 7 })),
    );
    for (const url of ["results", "results.csv", "results.xlsx"]) {
      const response = await as(small.userRepresentative.id, "GET", `/api/evaluation-collections/${closed}/${url}`);
      expect(response.statusCode).toBe(409);
      expect(response.json().code).toBe("results_unavailable");
      expect(response.body).not.toMatch(/\b4\b/);
    }
  });

  it("show every count as 0 or at least five, and free text to the group's evaluators only", async () => {
    const world = await createEvaluationWorld(t.db);
    const evaluator = await createPerson(t.db, { memberships: [{ unitId: world.unit.id, role: "EVALUATOR" }] });
    await t.db.workingGroupMember.create({
      data: { courseId: world.course.id, personId: evaluator.id, role: "EVALUATOR" },
    });
    const id = await collectionWith(
      world,
      answers(12, (i) => ({
        role: i < 9 ? "patient" : "relative",
        benefit: [3, 7, 8, 8, 9, 9, 9, 10, 10, 10, 6, 2][i] ?? 5,
        relevance: 1 + (i % 4),
        change: `Forslag ${i}`,
      })),
    );
    const asUserRepresentative = await as(
      world.userRepresentative.id,
      "GET",
      `/api/evaluation-collections/${id}/results`,
    );
    expect(asUserRepresentative.statusCode).toBe(200);
    const body = asUserRepresentative.json();
    expect(body).toMatchObject({ respondents: 12, canSeeFreeText: false, formVersion: 1 });
    expect(countsIn(body).filter((count) => count >= 1 && count <= 4)).toEqual([]);
    expect(body.questions.find((question: { questionId: string }) => question.questionId === "change")).toMatchObject({
      kind: "free_text_withheld",
    });
    // Three relatives are too few to show: they are merged with patients' option into "other".
    const role = body.questions.find((question: { questionId: string }) => question.questionId === "role");
    expect(role.kind).toBe("single_choice");
    expect(JSON.stringify(role)).not.toContain('"count":3');

    const asEvaluator = (await as(evaluator.id, "GET", `/api/evaluation-collections/${id}/results`)).json();
    const texts = asEvaluator.questions.find((question: { questionId: string }) => question.questionId === "change");
    expect(texts).toMatchObject({ kind: "free_text", respondents: 12 });
    expect([...texts.texts].sort()).toEqual(
      answers(12, (i) => ({ t: `Forslag ${i}` }))
        .map((a) => a.t)
        .sort(),
    );
  });

  it("break down by a background question only when no group is smaller than five", async () => {
    const world = await createEvaluationWorld(t.db);
    const even = await collectionWith(
      world,
      answers(12, (i) => ({ role: i % 2 === 0 ? "patient" : "relative", benefit: 5 + (i % 6) })),
    );
    const url = `/api/evaluation-collections/${even}/results`;
    const split = await as(world.professional.id, "GET", `${url}?breakdown=role`);
    expect(split.statusCode).toBe(200);
    expect(split.json().breakdown.groups.map((group: { respondents: number }) => group.respondents)).toEqual([6, 6]);
    expect(countsIn(split.json()).filter((count) => count >= 1 && count <= 4)).toEqual([]);
    const notBackground = await as(world.professional.id, "GET", `${url}?breakdown=benefit`);
    expect(notBackground.statusCode).toBe(400);
    expect(notBackground.json().errors).toEqual([expect.objectContaining({ field: "breakdown" })]);

    const lopsided = await createEvaluationWorld(t.db);
    const skewed = await collectionWith(
      lopsided,
      answers(12, (i) => ({ role: i < 9 ? "patient" : "relative", benefit: 8 })),
    );
    const refused = await as(
      lopsided.professional.id,
      "GET",
      `/api/evaluation-collections/${skewed}/results?breakdown=role`,
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("breakdown_unavailable");
  });

  it("export the same suppressed figures as CSV for Norwegian Excel and as XLSX", async () => {
    const world = await createEvaluationWorld(t.db);
    const id = await collectionWith(
      world,
      answers(7, (i) => ({ benefit: i < 5 ? 9 : 2, role: "patient" })),
    );
    const csv = await as(world.professional.id, "GET", `/api/evaluation-collections/${id}/results.csv?language=en`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename="evaluering-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(csv.body.startsWith("\uFEFF")).toBe(true);
    const rows = csv.body
      .slice(1)
      .trim()
      .split("\r\n")
      .map((line) => line.split(";"));
    const countColumn = rows[0]?.indexOf("Count") ?? -1;
    expect(countColumn).toBeGreaterThan(0);
    const counts = rows
      .slice(1)
      .map((row) => row[countColumn])
      .filter((cell) => cell !== "" && cell !== undefined);
    expect(counts.map(Number).filter((count) => count >= 1 && count <= 4)).toEqual([]);
    expect(csv.body).toContain("Nytte");

    const xlsx = await as(world.professional.id, "GET", `/api/evaluation-collections/${id}/results.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const sheet = strFromU8(unzipSync(new Uint8Array(xlsx.rawPayload))["xl/worksheets/sheet1.xml"] ?? new Uint8Array());
    expect(sheet).toContain("Nytte");
    expect([...sheet.matchAll(/<v>(\d+)<\/v>/g)].map((match) => Number(match[1]))).not.toContain(2);
  });

  it("compare the course's runs, oldest first, and refuse strangers", async () => {
    const world = await createEvaluationWorld(t.db);
    await collectionWith(
      world,
      answers(6, () => ({ benefit: 8 })),
    );
    const url = `/api/courses/${world.course.id}/evaluation-comparison?kind=COURSE_EVALUATION`;
    const comparison = await as(world.userRepresentative.id, "GET", url);
    expect(comparison.statusCode).toBe(200);
    expect(comparison.json().runs).toEqual([
      { runId: world.runId, startsOn: expect.any(String), status: "available", respondents: 6 },
    ]);
    expect((await as(world.stranger.id, "GET", url)).statusCode).toBe(404);
  });
});
