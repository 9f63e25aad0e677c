import type {
  CatalogueFacets,
  CatalogueQuery,
  CatalogueRun,
  CatalogueRunDetail,
  CatalogueRunList,
  CatalogueSession,
  CatalogueUnit,
} from "@sidestilt/domain/catalogue.schema";
import { lastSignupDay, signupState } from "@sidestilt/domain/enrolment";
import type { RunPhase } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import { formatTime, teachingMinutes } from "@sidestilt/domain/programme";
import type { Db } from "../../db/prisma.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import { osloDate } from "../../lib/oslo-time.ts";
import {
  afterCursor,
  type Cursor,
  decodeCursor,
  encodeCursor,
  filterConditions,
  isSearch,
  listOrder,
  published,
  publishedUpcoming,
  searchRank,
  seatCounts,
} from "./catalogue-query.ts";

// The public catalogue: published runs of every unit, for anyone. Reads only, no session needed, and
// nothing personal: counts of seats, never who holds them; places, never video links; the programme's
// titles, never its presenters.

/** A run as the list query returns it (dates as ISO text, owners as JSON). */
type RunRow = {
  runId: string;
  courseId: string;
  title: string;
  summary: string;
  targetGroup: CatalogueRun["targetGroup"];
  ageFrom: number | null;
  ageTo: number | null;
  diagnosis: string | null;
  format: CatalogueRun["format"];
  languages: string[];
  enrolment: CatalogueRun["enrolment"];
  startsOn: string;
  endsOn: string;
  venue: string | null;
  capacity: number;
  feeNok: number | null;
  signupClosesOn: string | null;
  phase: RunPhase;
  version: number;
  seatsTaken: number;
  waiting: number;
  owners: CatalogueUnit[];
  rank: string | null;
};

const runColumns = Prisma.sql`
  r.id AS "runId", c.id AS "courseId", c.title, c.summary, c.target_group::text AS "targetGroup",
  c.age_from AS "ageFrom", c.age_to AS "ageTo", c.diagnosis, c.format::text AS format, c.languages,
  c.enrolment::text AS enrolment, r.starts_on::text AS "startsOn", r.ends_on::text AS "endsOn", r.venue,
  r.capacity, r.fee_nok AS "feeNok", r.signup_closes_on::text AS "signupClosesOn", r.phase::text AS phase,
  r.version, counts.seats_taken AS "seatsTaken", counts.waiting,
  coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'municipality', u.municipality,
                                              'region', u.region) ORDER BY u.name, u.id)
              FROM course_owner o JOIN unit u ON u.id = o.unit_id WHERE o.course_id = c.id), '[]') AS owners`;

const runSource = Prisma.sql`course_run r JOIN course c ON c.id = r.course_id CROSS JOIN LATERAL (${seatCounts}) counts`;

function toCatalogueRun(row: RunRow, today: string): CatalogueRun {
  const facts = {
    phase: row.phase,
    enrolment: row.enrolment,
    startsOn: row.startsOn,
    signupClosesOn: row.signupClosesOn,
    capacity: row.capacity,
    seatsTaken: row.seatsTaken,
    waiting: row.waiting,
  };
  return {
    runId: row.runId,
    courseId: row.courseId,
    title: row.title,
    summary: row.summary,
    targetGroup: row.targetGroup,
    ageFrom: row.ageFrom,
    ageTo: row.ageTo,
    diagnosis: row.diagnosis,
    format: row.format,
    languages: row.languages,
    enrolment: row.enrolment,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    venue: row.venue,
    capacity: row.capacity,
    feeNok: row.feeNok,
    lastSignupDay: lastSignupDay(facts),
    owners: row.owners,
    signup: signupState(facts, today),
  };
}

/**
 * The list's statement: a page of upcoming published runs plus one (which tells whether there is a next
 * page). Its own function so that bench/ can run the very same SQL without Prisma, as the baseline.
 */
export function catalogueListSql(query: CatalogueQuery, today: string): Prisma.Sql {
  const searching = isSearch(query.q);
  const cursor: Cursor | undefined = query.cursor ? decodeCursor(query.cursor, searching) : undefined;
  const rank = searching && query.q ? searchRank(query.q) : Prisma.sql`NULL`;
  return Prisma.sql`
    SELECT ${runColumns}, ${rank}::text AS rank
      FROM ${runSource}
     WHERE ${publishedUpcoming(today)} AND ${filterConditions(query)} AND ${afterCursor(cursor, query.q)}
     ORDER BY ${listOrder(query.q)}
     LIMIT ${query.limit + 1}`;
}

/**
 * Upcoming published runs matching the filters, a page at a time (keyset pagination), in one query:
 * seat counts and owner units come with each row.
 */
export async function listCatalogueRuns(db: Db, query: CatalogueQuery, now = new Date()): Promise<CatalogueRunList> {
  const today = osloDate(now);
  const rows = await db.$queryRaw<RunRow[]>(catalogueListSql(query, today));
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const more = rows.length > query.limit && last !== undefined;
  return {
    items: page.map((row) => toCatalogueRun(row, today)),
    nextCursor: more
      ? encodeCursor({ startsOn: last.startsOn, id: last.runId, ...(last.rank === null ? {} : { rank: last.rank }) })
      : null,
  };
}

type RunFacts = { row: RunRow; today: string };

async function loadPublishedRun(db: Db, runId: string, now: Date): Promise<RunFacts> {
  const [row] = await db.$queryRaw<RunRow[]>`
    SELECT ${runColumns}, NULL::text AS rank
      FROM ${runSource}
     WHERE r.id = ${runId}::uuid AND ${published}`;
  // A run in planning, evaluation, completed or cancelled is not public: as if it did not exist.
  if (!row) throw new DomainError("not_found");
  return { row, today: osloDate(now) };
}

type PublicSession = CatalogueSession & { id: string };

/** The sessions of a run for the public: times, place, whether online, and item titles (no presenters). */
async function publicSessions(db: Db, runId: string): Promise<PublicSession[]> {
  const sessions = await db.programmeSession.findMany({
    where: { runId },
    orderBy: [{ date: "asc" }, { startsAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      date: true,
      startsAt: true,
      endsAt: true,
      place: true,
      videoLink: true,
      items: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        take: 60,
        select: { kind: true, title: true, minutes: true },
      },
    },
  });
  return sessions.map((session) => ({
    id: session.id,
    date: session.date.toISOString().slice(0, 10),
    startsAt: formatTime(session.startsAt),
    endsAt: formatTime(session.endsAt),
    place: session.place,
    online: session.videoLink !== null,
    teachingMinutes: teachingMinutes(session.items),
    items: session.items,
  }));
}

/** The public page of a published run; any other run is "not found". */
export async function getCatalogueRun(db: Db, runId: string, now = new Date()): Promise<CatalogueRunDetail> {
  const { row, today } = await loadPublishedRun(db, runId, now);
  const [sessions, contacts] = await Promise.all([
    publicSessions(db, runId),
    db.unit.findMany({
      where: { id: { in: row.owners.map((owner) => owner.id) } },
      select: { id: true, contactEmail: true, contactPhone: true },
    }),
  ]);
  const contactOf = new Map(contacts.map((unit) => [unit.id, unit]));
  return {
    ...toCatalogueRun(row, today),
    owners: row.owners.map((owner) => ({
      ...owner,
      contactEmail: contactOf.get(owner.id)?.contactEmail ?? null,
      contactPhone: contactOf.get(owner.id)?.contactPhone ?? null,
    })),
    sessions: sessions.map(({ id: _id, ...session }) => session),
    totalTeachingMinutes: sessions.reduce((sum, session) => sum + session.teachingMinutes, 0),
  };
}

/** What a run's public calendar needs: its title, dates, version and sessions. */
export async function getCatalogueCalendarFacts(db: Db, runId: string, now = new Date()) {
  const { row } = await loadPublishedRun(db, runId, now);
  return {
    title: row.title,
    startsOn: row.startsOn,
    version: row.version,
    venue: row.venue,
    sessions: await publicSessions(db, runId),
  };
}

type FacetRow = { kind: keyof typeof facetKinds; value: string | null; unit: CatalogueUnit | null };
const facetKinds = { unit: true, diagnosis: true, targetGroup: true, format: true, language: true } as const;

/**
 * The values the filters offer, drawn from the runs the catalogue lists now (published, not over),
 * so that no single choice leads to an empty list.
 */
export async function getCatalogueFacets(db: Db, now = new Date()): Promise<CatalogueFacets> {
  const today = osloDate(now);
  const rows = await db.$queryRaw<FacetRow[]>`
    WITH listed AS (
      SELECT DISTINCT c.id, c.diagnosis, c.target_group::text AS target_group, c.format::text AS format, c.languages
        FROM course_run r JOIN course c ON c.id = r.course_id
       WHERE ${publishedUpcoming(today)}
    )
    -- UNION removes the duplicates.
    SELECT 'unit' AS kind, NULL::text AS value,
           jsonb_build_object('id', u.id, 'name', u.name, 'municipality', u.municipality, 'region', u.region) AS unit
      FROM listed JOIN course_owner o ON o.course_id = listed.id JOIN unit u ON u.id = o.unit_id
    UNION SELECT 'diagnosis', diagnosis, NULL::jsonb FROM listed
    UNION SELECT 'targetGroup', target_group, NULL::jsonb FROM listed
    UNION SELECT 'format', format, NULL::jsonb FROM listed
    UNION SELECT 'language', language, NULL::jsonb FROM listed CROSS JOIN LATERAL unnest(listed.languages) AS language`;
  const values = (kind: FacetRow["kind"]) =>
    rows.flatMap((row) => (row.kind === kind && row.value !== null ? [row.value] : []));
  const sorted = (list: Iterable<string>) => [...new Set(list)].sort((a, b) => a.localeCompare(b, "nb"));
  const units = rows
    .flatMap((row) => (row.kind === "unit" && row.unit ? [row.unit] : []))
    .sort((a, b) => a.name.localeCompare(b.name, "nb") || a.id.localeCompare(b.id));
  const targetGroups = new Set(values("targetGroup"));
  const both = targetGroups.has("BOTH");
  return {
    regions: sorted(units.map((unit) => unit.region)),
    municipalities: sorted(units.flatMap((unit) => (unit.municipality ? [unit.municipality] : []))),
    units,
    diagnoses: sorted(values("diagnosis")),
    diagnosisIndependent: rows.some((row) => row.kind === "diagnosis" && row.value === null),
    targetGroups: (["PATIENTS", "RELATIVES"] as const).filter((group) => both || targetGroups.has(group)),
    formats: (["PHYSICAL", "DIGITAL", "HYBRID"] as const).filter((format) => values("format").includes(format)),
    languages: sorted(values("language")),
  };
}
