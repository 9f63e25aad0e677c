import { z } from "zod";
import { localeSchema, roleSchema, unitKindSchema } from "./roles.ts";

export const emailSchema = z.email({ error: "invalid_email" }).max(254);

/** A six-digit code from an authenticator app. */
export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/, { error: "invalid_totp_code" });

export const signInInputSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(emailSchema),
    password: z.string().min(1).max(1024),
    /** Needed only when the account has the second factor on; without it the answer is second_factor_required. */
    totpCode: totpCodeSchema.optional(),
  })
  .meta({ id: "SignInInput" });
export type SignInInput = z.infer<typeof signInInputSchema>;

export const membershipViewSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  unitKind: unitKindSchema,
  role: roleSchema,
});

/** What the web app knows about the signed-in person. `csrfToken` goes back in the `x-csrf-token` header. */
export const sessionViewSchema = z
  .object({
    person: z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      locale: localeSchema,
      isSystemAdmin: z.boolean(),
    }),
    memberships: z.array(membershipViewSchema),
    csrfToken: z.string(),
    /** Failed sign-ins on this account since its previous successful sign-in, to warn the owner. */
    failedSignInsSinceLast: z.number().int().nonnegative(),
  })
  .meta({ id: "SessionView" });
export type SessionView = z.infer<typeof sessionViewSchema>;

/** The answer of GET /api/auth/csrf: the token to send as `x-csrf-token` on state-changing requests. */
export const csrfTokenSchema = z.object({ csrfToken: z.string().min(1) }).meta({ id: "CsrfToken" });
