import { z } from "zod";
import { emailSchema, totpCodeSchema } from "./auth.schema.ts";
import { newPasswordSchema } from "./person.schema.ts";

/** How long a password-reset link is valid. */
export const passwordResetValidMinutes = 60;

export const passwordResetRequestSchema = z
  .object({ email: z.string().trim().toLowerCase().pipe(emailSchema) })
  .meta({ id: "PasswordResetRequest" });

export const passwordResetCompleteSchema = z
  .object({ token: z.string().min(20).max(200), password: newPasswordSchema })
  .meta({ id: "PasswordResetComplete" });

// The six-digit authenticator code is defined beside the sign-in input, which uses it too (an import
// the other way round would be a cycle); it is exported here as well for the account's own forms.
export { totpCodeSchema };

export const totpSetupSchema = z
  .object({ secret: z.string(), otpauthUri: z.string(), qrSvg: z.string() })
  .meta({ id: "TotpSetup" });

export const totpEnableSchema = z.object({ code: totpCodeSchema }).meta({ id: "TotpEnable" });
export const totpDisableSchema = z.object({ password: z.string().min(1).max(1024) }).meta({ id: "TotpDisable" });

/** Which ways of signing in this server offers (the OpenID provider only when configured). */
export const signInOptionsSchema = z
  .object({ oidc: z.object({ displayName: z.string() }).nullable() })
  .meta({ id: "SignInOptions" });
export type SignInOptions = z.infer<typeof signInOptionsSchema>;
