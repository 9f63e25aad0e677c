import { type CatalogueFilters, noDiagnosis } from "@sidestilt/domain/catalogue.schema";
import { publishedPhases, seatHoldingStatuses } from "@sidestilt/domain/enrolment";
import { DomainError } from "@sidestilt/domain/problem";
import { Prisma } from "../../generated/prisma/client.ts";

// The SQL of the catalogue, as parameterised Prisma.sql fragments: every value a visitor sends is a
// bind parameter, never text in the statement. Raw SQL because Prisma cannot express PostgreSQL's
// full-text search (nor use the expression index for it); see docs/decisions/0015.

/**
 * The document searched: exactly the expression of the GIN index "course_search_idx" (migration
 * 20261123145012_participants_outbox), so that PostgreSQL can use the index. Change both together.
 */
export const searchDocument = Prisma.sql`to_tsvector('norwegian', c.title || ' ' || c.summary || ' ' || coalesce(c.diagnosis, ''))`;
export const searchQuery = (q: string) => Prisma.sql`websearch_to_tsquery('norwegian', ${q})`;

/**
 * The relevance of a course to a search, rounded so that it compares exactly as a keyset in the next
 * page's cursor (a float would not survive the trip through JSON reliably).
 */
export const searchRank = (q: string) => Prisma.sql`round(ts_rank(${searchDocument}, ${searchQuery(q)})::numeric, 6)`;

const enumValues = (values: readonly string[], type: string) =>
  Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(`"${type}"`)}`));

/** A run is in the catalogue while it is published (signed ready, or under way) and not yet over. */
export const publishedUpcoming = (today: string) =>
  Prisma.sql`r.phase IN (${enumValues(publishedPhases, "RunPhase")}) AND r.ends_on >= ${today}::date`;

/** A run that is published, whatever its dates: its course page and calendar stay reachable. */
export const published = Prisma.sql`r.phase IN (${enumValues(publishedPhases, "RunPhase")})`;

const ownedBy = (condition: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM course_owner o JOIN unit u ON u.id = o.unit_id WHERE o.course_id = c.id AND ${condition})`;

/** Free text that is empty after trimming is no filter. */
const given = (value: string | undefined): value is string => value !== undefined && value !== "";

/** The filters as conditions on `course_run r JOIN course c`, joined with AND (TRUE when none). */
export function filterConditions(filters: CatalogueFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (given(filters.q)) conditions.push(Prisma.sql`${searchDocument} @@ ${searchQuery(filters.q)}`);
  if (given(filters.region)) conditions.push(ownedBy(Prisma.sql`u.region = ${filters.region}`));
  if (given(filters.municipality)) conditions.push(ownedBy(Prisma.sql`u.municipality = ${filters.municipality}`));
  if (filters.unit) conditions.push(ownedBy(Prisma.sql`o.unit_id = ${filters.unit}::uuid`));
  if (given(filters.diagnosis)) {
    conditions.push(
      filters.diagnosis === noDiagnosis
        ? Prisma.sql`c.diagnosis IS NULL`
        : Prisma.sql`c.diagnosis = ${filters.diagnosis}`,
    );
  }
  if (filters.targetGroup) {
    // A course for both patients and relatives is for either.
    conditions.push(Prisma.sql`c.target_group IN (${enumValues([filters.targetGroup, "BOTH"], "TargetGroup")})`);
  }
  if (filters.format) conditions.push(Prisma.sql`c.format = ${filters.format}::"CourseFormat"`);
  if (filters.language) conditions.push(Prisma.sql`${filters.language} = ANY (c.languages)`);
  if (filters.from) conditions.push(Prisma.sql`r.starts_on >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`r.starts_on <= ${filters.to}::date`);
  return conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/** Seats held (confirmed or offered) and people waiting, per run: the facts of signupState(). */
export const seatCounts = Prisma.sql`
  SELECT count(*) FILTER (WHERE g.status IN (${enumValues(seatHoldingStatuses, "RegistrationStatus")}))::int AS seats_taken,
         count(*) FILTER (WHERE g.status = 'WAITING')::int AS waiting
    FROM registration g
   WHERE g.run_id = r.id`;

// Keyset pagination: by start date and id, and when searching by relevance first. The cursor is the
// last row's keys, opaque to the client.

export type Cursor = { startsOn: string; id: string; rank?: string };

export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString("base64url");

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const rankPattern = /^\d+(\.\d+)?$/;

/** The cursor's keys; a cursor that was not ours, or that belongs to a search when none is made (or the reverse), is a 400. */
export function decodeCursor(raw: string, searching: boolean): Cursor {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<Cursor>;
    const validKeys =
      typeof value.startsOn === "string" &&
      isoDatePattern.test(value.startsOn) &&
      typeof value.id === "string" &&
      uuidPattern.test(value.id);
    const validRank = searching
      ? typeof value.rank === "string" && rankPattern.test(value.rank)
      : value.rank === undefined;
    if (validKeys && validRank) return value as Cursor;
  } catch {}
  throw new DomainError("validation_failed", "Invalid cursor", [
    { field: "cursor", code: "invalid_cursor", message: "Invalid cursor" },
  ]);
}

/** The rows after the cursor in the list's order. */
export function afterCursor(cursor: Cursor | undefined, q: string | undefined): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const byDate = Prisma.sql`(r.starts_on, r.id) > (${cursor.startsOn}::date, ${cursor.id}::uuid)`;
  if (!given(q) || cursor.rank === undefined) return byDate;
  const rank = searchRank(q);
  return Prisma.sql`(${rank} < ${cursor.rank}::numeric OR (${rank} = ${cursor.rank}::numeric AND ${byDate}))`;
}

/** The list's order: by relevance when searching, then by start date and id. */
export const listOrder = (q: string | undefined): Prisma.Sql =>
  given(q) ? Prisma.sql`rank DESC, r.starts_on, r.id` : Prisma.sql`r.starts_on, r.id`;

export const isSearch = given;
