import { z } from "zod";
import type { MessageKind } from "../../generated/prisma/enums.ts";

// What each kind of participant email needs to be written: the values a service stores with the message
// in the outbox (outbox.ts) and the templates (templates.ts) fill in. Dates are ISO calendar dates
// (YYYY-MM-DD), times of day minutes after midnight in Europe/Oslo, instants ISO 8601 with a zone. The
// worker parses the stored values with these schemas before it writes a message.

const isoDate = z.iso.date();
const minutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const text = z.string().min(1);

export const messageDataSchemas = {
  SIGNUP_CONFIRMED: z.object({
    name: text,
    courseTitle: text,
    startsOn: isoDate,
    place: z.string().nullable(),
    digital: z.boolean(),
    manageUrl: z.url(),
  }),
  WAITING_LIST_JOINED: z.object({
    name: text,
    courseTitle: text,
    startsOn: isoDate,
    /** 1-based place in the waiting list when the participant joined it. */
    position: z.number().int().min(1),
    manageUrl: z.url(),
  }),
  SEAT_OFFERED: z.object({
    name: text,
    courseTitle: text,
    startsOn: isoDate,
    offerExpiresAt: z.iso.datetime({ offset: true }),
    manageUrl: z.url(),
  }),
  REGISTRATION_CANCELLED: z.object({ name: text, courseTitle: text, startsOn: isoDate }),
  SESSION_REMINDER: z.object({
    name: text,
    courseTitle: text,
    date: isoDate,
    startsAt: minutes,
    endsAt: minutes,
    place: z.string().nullable(),
    videoLink: z.string().nullable(),
  }),
  RUN_CANCELLED: z.object({ name: text, courseTitle: text, startsOn: isoDate }),
  EVALUATION_INVITATION: z.object({ name: text, courseTitle: text, answerUrl: z.url() }),
} as const satisfies Record<MessageKind, z.ZodType>;

/** The template values of each kind of message, e.g. `MessageData["SEAT_OFFERED"]`. */
export type MessageData = { [K in MessageKind]: z.infer<(typeof messageDataSchemas)[K]> };
