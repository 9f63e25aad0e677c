import { z } from "zod";
import { emailSchema } from "./auth.schema.ts";
import { signupStateSchema } from "./catalogue.schema.ts";
import { enrolmentSchema } from "./course.schema.ts";
import { localeSchema } from "./roles.ts";
import { optionalText, requiredText } from "./text.schema.ts";

// Participants' registrations (påmeldinger) to a run: the public sign-up, the personal link a participant
// manages their registration with, and the staff's lists. Participants never give a national identity
// number, a referral text or a diagnosis: every input here is a strict object, so an unknown field is a
// 400, not silently stored or dropped.

export const participantRoleSchema = z.enum(["PATIENT", "RELATIVE"]);
export type ParticipantRole = z.infer<typeof participantRoleSchema>;

export const registrationStatusSchema = z.enum(["CONFIRMED", "WAITING", "OFFERED", "EXPIRED", "CANCELLED"]);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

export const registrationSourceSchema = z.enum(["DIRECT", "REFERRAL"]);

/** Most an accessibility-needs text may hold. */
export const accessibilityNeedsMaxLength = 500;

const phonePattern = /^(?:\+47)?\d{8}$|^\+(?!47)[1-9]\d{6,14}$/;
/** Spaces, dots, dashes and brackets go; a leading 00 is the same as +. */
const compactPhone = (value: string) => value.replace(/[\s.()-]/g, "").replace(/^00/, "+");
const normalPhone = (digits: string) =>
  digits.startsWith("+") && !digits.startsWith("+47") ? digits : `+47 ${digits.slice(-8)}`;

/**
 * A participant's phone number: a Norwegian number of 8 digits (with or without +47 / 0047), or an
 * international one in the +<country code> form (at most 15 digits, E.164). Spaces, dots, dashes and
 * brackets are allowed while typing; the stored form is `+47 12345678` or `+<digits>`.
 */
export const participantPhoneSchema = z
  .string()
  .trim()
  .transform(compactPhone)
  .pipe(z.string().regex(phonePattern, { error: "invalid_phone" }))
  .transform(normalPhone);

// Optional contact details: empty means "not given" (null). One chain rather than a union with "", so
// that a bad value is answered with its own code (`invalid_email`, `invalid_phone`) on its own field.
const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => value === "" || emailSchema.safeParse(value).success, { error: "invalid_email" })
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .default(null);
const optionalPhone = z
  .string()
  .trim()
  .transform(compactPhone)
  .refine((value) => value === "" || phonePattern.test(value), { error: "invalid_phone" })
  .transform((value) => (value === "" ? null : normalPhone(value)))
  .nullable()
  .default(null);

/** The field and code of the rule "email and/or phone": named on `email`, where the form asks first. */
export const contactRequiredIssue = { field: "email", code: "contact_required" } as const;

/** Whether the participant can be reached: at least one of email and phone. */
export const hasContact = (values: { email?: string | null; phone?: string | null }): boolean =>
  Boolean(values.email?.trim()) || Boolean(values.phone?.trim());

const participantFields = {
  name: requiredText(200),
  email: optionalEmail,
  phone: optionalPhone,
  participantRole: participantRoleSchema,
  /** The language an interpreter should speak; none when no interpreter is needed. */
  interpreterLanguage: optionalText(100).default(null),
  accessibilityNeeds: optionalText(accessibilityNeedsMaxLength).default(null),
};

/** "Email and/or phone", checked even when other fields failed, so that every problem is told at once. */
const contactRule = [
  (values: { email: string | null; phone: string | null }) => hasContact(values),
  {
    path: [contactRequiredIssue.field] as PropertyKey[],
    error: contactRequiredIssue.code,
    when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
  },
] as const;

/** A participant signs up for a direct run in the public catalogue. */
export const signUpInputSchema = z
  .strictObject({
    ...participantFields,
    /** The participant agreed that the registration is stored as the privacy text explains. */
    consent: z.literal(true, { error: "consent_required" }),
    /** The language of the page they signed up on: their emails are written in it. */
    locale: localeSchema,
  })
  .refine(...contactRule)
  .meta({ id: "SignUpInput" });
export type SignUpInput = z.input<typeof signUpInputSchema>;
export type SignUp = z.output<typeof signUpInputSchema>;

/**
 * Staff register a participant: a referred one (referral runs: the day the referral came, never its
 * text), or someone who called in for a direct run. `locale` is the language of the participant's emails.
 */
export const staffRegistrationInputSchema = z
  .strictObject({
    ...participantFields,
    locale: localeSchema.default("nb"),
    referralDate: z
      .union([z.literal("").transform(() => null), z.iso.date()])
      .nullable()
      .default(null),
  })
  .refine(...contactRule)
  .meta({ id: "StaffRegistrationInput" });
export type StaffRegistrationInput = z.input<typeof staffRegistrationInputSchema>;
export type StaffRegistration = z.output<typeof staffRegistrationInputSchema>;

/** The answer to a sign-up: never the contact details back, only where the participant ended up. */
export const signUpResultSchema = z
  .object({
    status: z.enum(["CONFIRMED", "WAITING"]),
    /** Place in the waiting list (1-based), when waiting. */
    position: z.number().int().min(1).optional(),
  })
  .meta({ id: "SignUpResult" });
export type SignUpResult = z.infer<typeof signUpResultSchema>;

/** The personal link's token (from the link's fragment), posted in a body so that it stays out of URLs. */
export const registrationTokenInputSchema = z
  .strictObject({ token: z.string().trim().min(20).max(200) })
  .meta({ id: "RegistrationToken" });

/** What a participant sees through their personal link. */
export const participantRegistrationSchema = z
  .object({
    name: z.string(),
    courseTitle: z.string(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    /** Where the course is held; digital courses send the video link by email. */
    venue: z.string().nullable(),
    digital: z.boolean(),
    status: registrationStatusSchema,
    /** Place in the waiting list (1-based), while waiting. */
    position: z.number().int().min(1).nullable(),
    /** Until when an offered seat is held. */
    offerExpiresAt: z.iso.datetime().nullable(),
    abilities: z.object({ canCancel: z.boolean(), canAcceptOffer: z.boolean() }),
  })
  .meta({ id: "ParticipantRegistration" });
export type ParticipantRegistration = z.infer<typeof participantRegistrationSchema>;

/** A registration as the run's course leaders see it (contact details and needs included). */
export const registrationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    participantRole: participantRoleSchema,
    interpreterLanguage: z.string().nullable(),
    accessibilityNeeds: z.string().nullable(),
    locale: localeSchema,
    source: registrationSourceSchema,
    referralDate: z.iso.date().nullable(),
    status: registrationStatusSchema,
    /** Place in the waiting list (1-based), while waiting. */
    position: z.number().int().min(1).nullable(),
    waitingSince: z.iso.datetime().nullable(),
    offerExpiresAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    cancelledAt: z.iso.datetime().nullable(),
    /** For If-Match when cancelling. */
    version: z.number().int(),
  })
  .meta({ id: "Registration" });
export type Registration = z.infer<typeof registrationSchema>;

/** What the viewer may do with a run's participants, computed on the server. */
export const enrolmentAbilitiesSchema = z.object({
  /** Coordinators of an owner unit and the working group's professionals; never user representatives. */
  canSeeParticipants: z.boolean(),
  /** May register participants and cancel registrations (the run is not closed). */
  canRegister: z.boolean(),
});

/** The counts of a run's enrolment: for everyone who may see the run, user representatives too (no names). */
export const enrolmentSummarySchema = z
  .object({
    runId: z.uuid(),
    enrolment: enrolmentSchema,
    capacity: z.number().int(),
    confirmed: z.number().int(),
    offered: z.number().int(),
    waiting: z.number().int(),
    signupState: signupStateSchema,
    abilities: enrolmentAbilitiesSchema,
  })
  .meta({ id: "EnrolmentSummary" });
export type EnrolmentSummary = z.infer<typeof enrolmentSummarySchema>;

/** The run's registrations in their lists; long lists are cut (`counts` has the totals). */
export const registrationListSchema = z
  .object({
    runId: z.uuid(),
    confirmed: z.array(registrationSchema),
    offered: z.array(registrationSchema),
    /** In waiting-list order. */
    waiting: z.array(registrationSchema),
    /** Cancelled and expired, the latest first. */
    closed: z.array(registrationSchema),
    counts: z.object({
      confirmed: z.number().int(),
      offered: z.number().int(),
      waiting: z.number().int(),
      closed: z.number().int(),
    }),
  })
  .meta({ id: "RegistrationList" });
export type RegistrationList = z.infer<typeof registrationListSchema>;

export const registrationIdParamsSchema = z.object({ registrationId: z.uuid() });
