// Synthetic catalogue data at scale, written by PostgreSQL itself (INSERT … SELECT over generate_series),
// so that 100,000 courses and 500,000 runs take seconds, not an ORM's minutes. Values vary
// deterministically with the row number: two runs of the bench see the same data.
import type pg from "pg";

export const runsPerCourse = 5;
const unitCount = 400;

const regions = ["Helse Nord", "Helse Midt-Norge", "Helse Vest", "Helse Sør-Øst"];
const themes = [
  ["Diabetes type 2", "Leve godt med diabetes type 2"],
  ["KOLS", "Pust, aktivitet og mestring med kols"],
  ["Hjertesvikt", "Hverdagen med hjertesvikt"],
  ["Demens", "Pårørendeskole for deg som står nær en person med demens"],
  ["Kreft", "Livet etter kreftbehandling"],
  ["Revmatisme", "Smerte, søvn og aktivitet ved revmatisk sykdom"],
  ["Angst og depresjon", "Mestring av angst og nedstemthet i hverdagen"],
  ["Bipolar lidelse", "Kurs for pårørende til personer med bipolar lidelse"],
  ["Epilepsi", "Å leve med epilepsi: kunnskap og erfaring"],
  ["Overvekt", "Endring av levevaner, trinn for trinn"],
  ["Hjerneslag", "Tilbake til hverdagen etter hjerneslag"],
  ["Autisme", "Foreldrekurs: barn med autisme"],
];

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;
const textArray = (values: string[]) => `ARRAY[${values.map(sqlText).join(", ")}]`;

/** The units that own the courses, spread over the four health regions and their municipalities. */
export async function seedUnits(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO unit (id, kind, name, region, municipality)
    SELECT gen_random_uuid(),
           (ARRAY['HOSPITAL_LMS', 'MUNICIPAL_LMS', 'INTER_MUNICIPAL', 'HEALTHY_LIFE_CENTRE'])[1 + i % 4]::"UnitKind",
           'Lærings- og mestringstjeneste ' || i,
           (${textArray(regions)})[1 + i % ${regions.length}],
           'Kommune ' || (i % 180)
      FROM generate_series(1, ${unitCount}) AS i`);
}

/**
 * Courses numbered (from, to], each with `runsPerCourse` runs spread from four years back to one year
 * ahead: past runs completed (one in twenty cancelled), upcoming ones mostly signed ready, some still in
 * planning, and the ones under way running. Upcoming published runs get a few registrations.
 */
export async function seedCourses(client: pg.Client, from: number, to: number): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE IF NOT EXISTS bench_unit AS
      SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM unit`);
  await client.query(`
    INSERT INTO course (id, title, summary, target_group, diagnosis, age_from, age_to, format, languages, enrolment, updated_at)
    SELECT gen_random_uuid(),
           theme[2] || ' (' || i || ')',
           'Et kurs om ' || lower(theme[1]) || ' for pasienter og pårørende, laget sammen med brukerrepresentanter. '
             || 'Vi snakker om kunnskap, erfaring, rettigheter og hverdagsmestring.',
           (ARRAY['PATIENTS', 'RELATIVES', 'BOTH'])[1 + i % 3]::"TargetGroup",
           CASE WHEN i % 10 = 0 THEN NULL ELSE theme[1] END,
           CASE WHEN i % 17 = 0 THEN 17 END,
           CASE WHEN i % 17 = 0 THEN 26 END,
           (ARRAY['PHYSICAL', 'PHYSICAL', 'DIGITAL', 'HYBRID'])[1 + i % 4]::"CourseFormat",
           CASE WHEN i % 9 = 0 THEN ARRAY['nb', 'en'] WHEN i % 23 = 0 THEN ARRAY['se', 'nb'] ELSE ARRAY['nb'] END,
           (ARRAY['DIRECT', 'REFERRAL'])[1 + i % 2]::"Enrolment",
           now()
      FROM generate_series(${from + 1}, ${to}) AS i
      CROSS JOIN LATERAL (
        SELECT ARRAY[t[1], t[2]] AS theme
          FROM (VALUES ${themes.map(([name, title], index) => `(${index}, ARRAY[${sqlText(name ?? "")}, ${sqlText(title ?? "")}])`).join(", ")}) AS themes(n, t)
         WHERE n = i % ${themes.length}
      ) AS picked`);
  // The courses just inserted are the ones without owners.
  await client.query(`
    INSERT INTO course_owner (course_id, unit_id)
    SELECT c.id, u.id
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM course c
             WHERE NOT EXISTS (SELECT 1 FROM course_owner o WHERE o.course_id = c.id)) AS c
      JOIN bench_unit u ON u.n = c.i % ${unitCount}
    UNION ALL
    SELECT c.id, u.id
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS i FROM course c
             WHERE NOT EXISTS (SELECT 1 FROM course_owner o WHERE o.course_id = c.id)) AS c
      JOIN bench_unit u ON u.n = (c.i + 7) % ${unitCount}
     WHERE c.i % 10 = 0`);
  await client.query(`
    INSERT INTO course_run (id, course_id, starts_on, ends_on, venue, capacity, fee_nok, phase)
    SELECT gen_random_uuid(), c.id, day, day + (i % 3) * 7, 'Sal ' || (i % 40), 8 + i % 8,
           CASE WHEN i % 4 = 0 THEN 200 END,
           CASE
             WHEN day + (i % 3) * 7 < current_date THEN CASE WHEN i % 20 = 0 THEN 'CANCELLED' ELSE 'COMPLETED' END
             WHEN day <= current_date THEN 'RUNNING'
             WHEN i % 10 < 3 THEN 'PLANNING'
             ELSE 'READY'
           END::"RunPhase"
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM course c
             WHERE NOT EXISTS (SELECT 1 FROM course_run r WHERE r.course_id = c.id)) AS c
      CROSS JOIN LATERAL generate_series(1, ${runsPerCourse}) AS k
      CROSS JOIN LATERAL (SELECT (c.n * ${runsPerCourse} + k)::int AS i) AS numbered
      CROSS JOIN LATERAL (SELECT current_date + ((i * 37) % 1825 - 1460) AS day) AS dated`);
  await client.query(`
    INSERT INTO registration (id, run_id, name, email, participant_role, source, status, waiting_since, manage_token_hash)
    SELECT gen_random_uuid(), r.id, 'Deltaker ' || s, 'deltaker' || s || '@example.org',
           (ARRAY['PATIENT', 'RELATIVE'])[1 + s % 2]::"ParticipantRole", 'DIRECT',
           CASE WHEN s <= r.capacity THEN 'CONFIRMED' ELSE 'WAITING' END::"RegistrationStatus",
           CASE WHEN s > r.capacity THEN now() END,
           md5(r.id::text || s)
      FROM course_run r
      CROSS JOIN LATERAL generate_series(1, (abs(hashtext(r.id::text)) % 14)) AS s
     WHERE r.phase IN ('READY', 'RUNNING')
       AND NOT EXISTS (SELECT 1 FROM registration g WHERE g.run_id = r.id)`);
  await client.query("ANALYZE");
}
