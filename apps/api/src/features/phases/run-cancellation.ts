import { activeStatuses } from "@sidestilt/domain/enrolment";
import type { Tx } from "../../db/prisma.ts";
import { enqueueMessage } from "../notifications/outbox.ts";

// A cancelled run has no seats and no waiting list: inside the transaction that cancels the run, every
// active registration (seat, offer or waiting) is cancelled, and each participant with an email is told
// by a RUN_CANCELLED message in the outbox (sent after the commit, once per registration).

/** Cancels the run's active registrations and queues their emails; returns how many were cancelled. */
export async function cancelRunRegistrations(tx: Tx, runId: string, now: Date): Promise<number> {
  const registrations = await tx.registration.findMany({
    where: { runId, status: { in: [...activeStatuses] } },
    select: { id: true, name: true, email: true, locale: true },
  });
  if (registrations.length === 0) return 0;
  const run = await tx.courseRun.findUniqueOrThrow({
    where: { id: runId },
    select: { startsOn: true, course: { select: { title: true } } },
  });
  await tx.registration.updateMany({
    where: { id: { in: registrations.map((registration) => registration.id) } },
    data: { status: "CANCELLED", cancelledAt: now, version: { increment: 1 } },
  });
  const startsOn = run.startsOn.toISOString().slice(0, 10);
  for (const registration of registrations) {
    if (!registration.email) continue;
    await enqueueMessage(tx, {
      kind: "RUN_CANCELLED",
      recipient: registration.email,
      locale: registration.locale,
      dedupeKey: `run-cancelled:${registration.id}`,
      data: { name: registration.name, courseTitle: run.course.title, startsOn },
    });
  }
  return registrations.length;
}
