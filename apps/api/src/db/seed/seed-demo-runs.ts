import { parseTime } from "@sidestilt/domain/programme";
import type { CourseFormat, Enrolment, Role, RunPhase, TargetGroup } from "../../generated/prisma/enums.ts";
import { randomToken, sha256 } from "../../lib/tokens.ts";
import type { Tx } from "../prisma.ts";
import type { DemoRun } from "./demo-data.ts";

// The demo runs as the services would have left them: a run past planning carries the signatures of a
// user representative and a professional of its working group for every step it took, on the version
// it has; its programme was added while planning; its participants are synthetic people with Norwegian
// names (faker's nb_NO locale, seeded, so every demo database has the same ones).

const DAY_MS = 86_400_000;
const steps: RunPhase[] = ["READY", "RUNNING", "EVALUATION", "COMPLETED"];

export type DemoParticipant = { name: string; email: string; phone: string | null };

/**
 * Synthetic participants, the same on every seed. faker is a development dependency, loaded only
 * when the demo data is seeded (a production install without it never seeds).
 */
export async function participantFactory(): Promise<() => DemoParticipant> {
  const { fakerNB_NO: faker } = await import("@faker-js/faker");
  faker.seed(20261123);
  let count = 0;
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replaceAll("æ", "ae")
      .replaceAll("ø", "o")
      .replaceAll("å", "a")
      .normalize("NFD")
      .replace(/[^a-z]/g, "");
  return () => {
    count += 1;
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    return {
      name: `${firstName} ${lastName}`,
      // Unique, and at a domain that is reserved for examples: no real mailbox ever gets demo mail.
      email: `${plain(firstName)}.${plain(lastName)}.${count}@example.no`,
      phone: count % 2 === 0 ? `+47 9${faker.string.numeric(7)}` : null,
    };
  };
}

type SeedRun = {
  course: { id: string; format: CourseFormat; enrolment: Enrolment; targetGroup: TargetGroup };
  /** The course's working group, in the demo data's order. */
  group: { personId: string; role: Role }[];
  run: DemoRun;
  /** The seed's today, at midnight UTC (ms). */
  midnight: number;
  participants: () => DemoParticipant;
};

export async function seedRun(tx: Tx, { course, group, run, midnight, participants }: SeedRun): Promise<void> {
  const startsOn = midnight + run.startsInDays * DAY_MS;
  const videoLink = course.format === "PHYSICAL" ? null : `https://video.example/sidestilt/${course.id}`;
  const { id: runId, version } = await tx.courseRun.create({
    data: {
      courseId: course.id,
      startsOn: new Date(startsOn),
      endsOn: new Date(startsOn + (run.lengthDays - 1) * DAY_MS),
      capacity: run.capacity,
      phase: run.phase,
      venue: course.format === "DIGITAL" ? null : (run.venue ?? "Kurssalen"),
      videoLink,
      feeNok: run.feeNok ?? null,
      signupClosesOn:
        run.signupClosesDaysBefore === undefined ? null : new Date(startsOn - run.signupClosesDaysBefore * DAY_MS),
    },
    select: { id: true, version: true },
  });

  const userRepresentative = group.find((member) => member.role === "USER_REPRESENTATIVE");
  const professional = group.find((member) => member.role === "PROFESSIONAL");
  const taken = steps.slice(0, steps.indexOf(run.phase as RunPhase) + 1);
  if (taken.length > 0) {
    if (!userRepresentative || !professional) {
      throw new Error(`a demo run in ${run.phase} needs a user representative and a professional to have signed`);
    }
    await tx.runSignature.createMany({
      data: taken.flatMap((targetPhase) =>
        [userRepresentative, professional].map((signer) => ({ runId, ...signer, targetPhase, version })),
      ),
    });
  }

  const author = group.find((member) => member.role === "COORDINATOR") ?? group[0];
  for (const session of run.sessions ?? []) {
    if (!author) throw new Error("a demo programme needs a working group to have written it");
    await tx.programmeSession.create({
      data: {
        runId,
        date: new Date(startsOn + session.day * DAY_MS),
        startsAt: parseTime(session.from) ?? 0,
        endsAt: parseTime(session.to) ?? 0,
        place: session.place,
        videoLink: session.online ? videoLink : null,
        items: {
          create: session.items.map(([kind, title, minutes, presenterRole], index) => {
            const presenter = presenterRole ? group.find((member) => member.role === presenterRole) : undefined;
            return {
              position: index + 1,
              kind,
              title,
              minutes,
              createdById: author.personId,
              createdRole: author.role,
              phase: "PLANNING" as const,
              presenters: { create: presenter ? [presenter] : [] },
            };
          }),
        },
      },
    });
  }

  const confirmed = run.participants?.confirmed ?? 0;
  const waiting = run.participants?.waiting ?? 0;
  if (confirmed + waiting === 0) return;
  const signedUpAt = (index: number) => new Date(midnight - (30 - index) * DAY_MS);
  await tx.registration.createMany({
    data: Array.from({ length: confirmed + waiting }, (_, index) => {
      const person = participants();
      const byReferral = course.enrolment === "REFERRAL";
      return {
        runId,
        ...person,
        participantRole:
          course.targetGroup === "PATIENTS" || (course.targetGroup === "BOTH" && index % 2 === 0)
            ? ("PATIENT" as const)
            : ("RELATIVE" as const),
        source: course.enrolment,
        referralDate: byReferral ? signedUpAt(index) : null,
        registeredById: byReferral ? (professional?.personId ?? null) : null,
        consentAt: byReferral ? null : signedUpAt(index),
        createdAt: signedUpAt(index),
        status: index < confirmed ? ("CONFIRMED" as const) : ("WAITING" as const),
        waitingSince: index < confirmed ? null : signedUpAt(index),
        manageTokenHash: sha256(randomToken()),
      };
    }),
  });
}
