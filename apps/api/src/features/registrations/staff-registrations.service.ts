import type { Viewer } from "@sidestilt/domain/access";
import { referralDateIssue, signupState } from "@sidestilt/domain/enrolment";
import { isClosed } from "@sidestilt/domain/phase";
import { DomainError } from "@sidestilt/domain/problem";
import type {
  EnrolmentSummary,
  Registration,
  RegistrationList,
  StaffRegistration,
} from "@sidestilt/domain/registration.schema";
import type { Db, Tx } from "../../db/prisma.ts";
import { audit } from "../../lib/audit.ts";
import { osloDate } from "../../lib/oslo-time.ts";
import { loadRunForReading } from "../../lib/run-access.ts";
import { assertVersion } from "../../lib/versioning.ts";
import { type LockedRun, readRun, seatCounts, signupFactsOf, withLockedRun } from "./locked-run.ts";
import { cancelRegistrationRow, placeRegistration } from "./registration-changes.ts";
import { registrationSelect, toRegistration, waitingOrder, waitingPosition } from "./registration-view.ts";

// The staff's side of a run's participants. Names, contact details and needs are for those whose course
// abilities include `canSeeParticipants` (coordinators of an owner unit, the working group's
// professionals); everyone else who may see the run, user representatives included, gets the counts.
// Reading the lists is audited like reading people's contact details.

/** Bounds of the lists: the waiting list in order, and the latest cancelled or expired registrations. */
const MAX_WAITING_LISTED = 500;
const MAX_CLOSED_LISTED = 100;

const byName = new Intl.Collator("nb", { sensitivity: "base" });

const referralMessages = {
  referral_date_required: "A referral run needs the day the referral was received",
  referral_date_in_future: "The referral date cannot be in the future",
} as const;

/** The run with the viewer's abilities: 404 for those who may not see it, 403 for those who may not see participants. */
async function loadForParticipants(db: Pick<Db, "courseRun" | "course">, viewer: Viewer, runId: string) {
  const { abilities } = await loadRunForReading(db, viewer, runId);
  if (!abilities.canSeeParticipants) throw new DomainError("forbidden", "Only course leaders see the participants");
  return abilities;
}

/** The locked run, for a change to its participants by the viewer (404, 403, then run_closed). */
async function changeableRun(tx: Tx, viewer: Viewer, run: LockedRun | null): Promise<LockedRun> {
  if (!run) throw new DomainError("not_found");
  await loadForParticipants(tx, viewer, run.id);
  if (isClosed(run.phase)) throw new DomainError("run_closed");
  return run;
}

/** Seats, offers and the waiting list in numbers, with the sign-up state today. */
export async function getEnrolmentSummary(db: Db, viewer: Viewer, runId: string, now: Date): Promise<EnrolmentSummary> {
  const { abilities } = await loadRunForReading(db, viewer, runId);
  const run = await readRun(db, runId);
  if (!run) throw new DomainError("not_found");
  const counts = await seatCounts(db, runId);
  return {
    runId,
    enrolment: run.enrolment,
    capacity: run.capacity,
    confirmed: counts.confirmed,
    offered: counts.offered,
    waiting: counts.waiting,
    signupState: signupState(signupFactsOf(run, counts), osloDate(now)),
    abilities: {
      canSeeParticipants: abilities.canSeeParticipants,
      canRegister: abilities.canSeeParticipants && !isClosed(run.phase),
    },
  };
}

/** The run's registrations in their lists, with contact details and needs; the read is audited. */
export async function listRegistrations(db: Db, viewer: Viewer, runId: string): Promise<RegistrationList> {
  await loadForParticipants(db, viewer, runId);
  return db.$transaction(async (tx) => {
    // At most the run's capacity: sorted here, by name in Norwegian order (… X Y Z Æ Ø Å).
    const held = (
      await tx.registration.findMany({
        where: { runId, status: { in: ["CONFIRMED", "OFFERED"] } },
        orderBy: { id: "asc" },
        select: registrationSelect,
      })
    ).sort((a, b) => byName.compare(a.name, b.name));
    const waiting = await tx.registration.findMany({
      where: { runId, status: "WAITING" },
      orderBy: waitingOrder,
      take: MAX_WAITING_LISTED,
      select: registrationSelect,
    });
    const closed = await tx.registration.findMany({
      where: { runId, status: { in: ["CANCELLED", "EXPIRED"] } },
      orderBy: [{ cancelledAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: MAX_CLOSED_LISTED,
      select: registrationSelect,
    });
    const counts = await seatCounts(tx, runId);
    const run = await readRun(tx, runId);
    const listed = [...held, ...waiting, ...closed];
    if (listed.length > 0) {
      await audit(tx, {
        actorId: viewer.personId,
        action: "registration.list-read",
        objectType: "run",
        objectId: runId,
        unitIds: run?.ownerUnitIds ?? [],
        data: { registrationIds: listed.map((row) => row.id) },
      });
    }
    return {
      runId,
      confirmed: held.filter((row) => row.status === "CONFIRMED").map((row) => toRegistration(row, null)),
      offered: held.filter((row) => row.status === "OFFERED").map((row) => toRegistration(row, null)),
      // The list starts at the front of the line, so a row's index is its place.
      waiting: waiting.map((row, index) => toRegistration(row, index + 1)),
      closed: closed.map((row) => toRegistration(row, null)),
      counts,
    };
  });
}

/**
 * Staff register a participant (after a referral, or someone who called in), with the same capacity
 * and waiting-list rules as the public sign-up, into any run that is not closed. A referral run needs
 * the day the referral was received, never its text.
 */
export async function registerParticipant(
  db: Db,
  viewer: Viewer,
  runId: string,
  input: StaffRegistration,
  now: Date,
  origin: string,
): Promise<Registration> {
  return withLockedRun(db, runId, async (tx, locked) => {
    const run = await changeableRun(tx, viewer, locked);
    const issue = referralDateIssue(run.enrolment, input.referralDate, osloDate(now));
    if (issue) {
      throw new DomainError("validation_failed", referralMessages[issue], [
        { field: "referralDate", code: issue, message: referralMessages[issue] },
      ]);
    }
    const { row, position } = await placeRegistration(
      tx,
      run,
      await seatCounts(tx, runId),
      {
        name: input.name,
        email: input.email,
        phone: input.phone,
        participantRole: input.participantRole,
        interpreterLanguage: input.interpreterLanguage,
        accessibilityNeeds: input.accessibilityNeeds,
        locale: input.locale,
        source: input.referralDate ? "REFERRAL" : "DIRECT",
        referralDate: input.referralDate ? new Date(input.referralDate) : null,
        consentAt: null,
        registeredById: viewer.personId,
      },
      now,
      origin,
      { personId: viewer.personId, action: "registration.created" },
    );
    return toRegistration(row, position);
  });
}

/** Staff cancel a registration, with If-Match on its version; a seat it held goes to the next in line. */
export async function cancelRegistration(
  db: Db,
  viewer: Viewer,
  registrationId: string,
  ifMatch: () => number,
  now: Date,
  origin: string,
): Promise<Registration> {
  const found = await db.registration.findUnique({ where: { id: registrationId }, select: { runId: true } });
  if (!found) throw new DomainError("not_found");
  return withLockedRun(db, found.runId, async (tx, locked) => {
    const run = await changeableRun(tx, viewer, locked);
    const row = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: registrationSelect });
    assertVersion(row.version, ifMatch(), toRegistration(row, await waitingPosition(tx, row)));
    const cancelled = await cancelRegistrationRow(tx, run, row, now, origin, {
      personId: viewer.personId,
      action: "registration.cancelled-by-staff",
    });
    return toRegistration(cancelled, null);
  });
}
