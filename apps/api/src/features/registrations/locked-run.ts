import type { SignupFacts } from "@sidestilt/domain/enrolment";
import type { Db, Tx } from "../../db/prisma.ts";
import { isoDate } from "./registration-view.ts";

// Every change to a run's registrations happens under a lock on the run's row (SELECT … FOR UPDATE):
// sign-ups, cancellations, offers and their expiry on one run take turns, so the seats counted are the
// seats there are, and a run is never over-booked however many people sign up at once.

/** A run as the registration rules need it, read under its lock. */
export type LockedRun = {
  id: string;
  courseId: string;
  courseTitle: string;
  enrolment: SignupFacts["enrolment"];
  phase: SignupFacts["phase"];
  startsOn: string;
  endsOn: string;
  signupClosesOn: string | null;
  capacity: number;
  venue: string | null;
  /** Held (partly) online: the video link comes by email. */
  digital: boolean;
  ownerUnitIds: string[];
};

/** How long a write under the run's lock may wait for a connection and run: sign-ups queue at busy times. */
export const lockedWriteOptions = { maxWait: 10_000, timeout: 15_000 } as const;

/** The last queued write of each run, per database client (one per process; see `withLockedRun`). */
const queuesOf = new WeakMap<Db, Map<string, Promise<unknown>>>();

/** Runs `work` after the writes to the same key queued before it on this client, one at a time. */
function oneAtATime<T>(db: Db, key: string, work: () => Promise<T>): Promise<T> {
  const queues = queuesOf.get(db) ?? new Map<string, Promise<unknown>>();
  queuesOf.set(db, queues);
  const result = (queues.get(key) ?? Promise.resolve()).then(work, work);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return result;
}

/**
 * Runs `work` in one transaction that holds the run's lock (`run` is null when there is no such run).
 * In this process, writes to one run also queue in memory before they take a database connection:
 * a burst of sign-ups for a popular run then waits without holding the pool's connections, which
 * other requests need, while the row lock still makes writes from several replicas take turns.
 */
export function withLockedRun<T>(
  db: Db,
  runId: string,
  work: (tx: Tx, run: LockedRun | null) => Promise<T>,
): Promise<T> {
  return oneAtATime(db, runId, () =>
    db.$transaction(async (tx) => work(tx, await lockRun(tx, runId)), lockedWriteOptions),
  );
}

/** Locks the run's row until the transaction ends and reads it; null when there is no such run. */
export async function lockRun(tx: Tx, runId: string): Promise<LockedRun | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM course_run WHERE id = ${runId}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return readRun(tx, runId);
}

/** The run without a lock, for reading only; null when there is no such run. */
export async function readRun(db: Pick<Tx, "courseRun">, runId: string): Promise<LockedRun | null> {
  const run = await db.courseRun.findUnique({
    where: { id: runId },
    select: {
      id: true,
      courseId: true,
      phase: true,
      startsOn: true,
      endsOn: true,
      signupClosesOn: true,
      capacity: true,
      venue: true,
      course: { select: { title: true, enrolment: true, format: true, owners: { select: { unitId: true } } } },
    },
  });
  if (!run) return null;
  return {
    id: run.id,
    courseId: run.courseId,
    courseTitle: run.course.title,
    enrolment: run.course.enrolment,
    phase: run.phase,
    startsOn: isoDate(run.startsOn),
    endsOn: isoDate(run.endsOn),
    signupClosesOn: run.signupClosesOn ? isoDate(run.signupClosesOn) : null,
    capacity: run.capacity,
    venue: run.venue,
    digital: run.course.format !== "PHYSICAL",
    ownerUnitIds: run.course.owners.map((owner) => owner.unitId),
  };
}

export type SeatCounts = { confirmed: number; offered: number; waiting: number; closed: number };

/** The run's registrations by list: seats held (confirmed, offered), waiting, and cancelled or expired. */
export async function seatCounts(tx: Pick<Tx, "registration">, runId: string): Promise<SeatCounts> {
  const groups = await tx.registration.groupBy({ by: ["status"], where: { runId }, _count: { _all: true } });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return {
    confirmed: count("CONFIRMED"),
    offered: count("OFFERED"),
    waiting: count("WAITING"),
    closed: count("CANCELLED") + count("EXPIRED"),
  };
}

/** The facts `signupState` and `placementFor` need, from the run and its counts. */
export const signupFactsOf = (run: LockedRun, counts: SeatCounts): SignupFacts => ({
  phase: run.phase,
  enrolment: run.enrolment,
  startsOn: run.startsOn,
  signupClosesOn: run.signupClosesOn,
  capacity: run.capacity,
  seatsTaken: counts.confirmed + counts.offered,
  waiting: counts.waiting,
});
