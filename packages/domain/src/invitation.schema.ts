import { z } from "zod";
import { emailSchema } from "./auth.schema.ts";
import { newPasswordSchema, roleAssignmentSchema } from "./person.schema.ts";
import { localeSchema, roleSchema } from "./roles.ts";

/** How long an invitation link is valid. */
export const invitationValidDays = 14;

export const invitationStatusSchema = z.enum(["PENDING", "ACCEPTED", "EXPIRED", "REVOKED"]);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

export const invitationSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    unitId: z.uuid(),
    role: roleSchema,
    profession: z.string().nullable(),
    represents: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    invitedBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    status: invitationStatusSchema,
    emailed: z.boolean(),
  })
  .meta({ id: "Invitation" });
export type Invitation = z.infer<typeof invitationSchema>;

export const invitationListSchema = z.object({ items: z.array(invitationSchema) }).meta({ id: "InvitationList" });

export const invitationInputSchema = roleAssignmentSchema
  .extend({
    email: z.string().trim().toLowerCase().pipe(emailSchema),
    name: z.string().trim().min(1).max(200),
    locale: localeSchema.default("nb"),
  })
  .meta({ id: "NewInvitation" });
export type InvitationInput = z.input<typeof invitationInputSchema>;

/** The answer to a created invitation: the link itself only when it was not emailed. */
export const createdInvitationSchema = z
  .object({ invitation: invitationSchema, link: z.url().nullable() })
  .meta({ id: "CreatedInvitation" });

/** What the invitee sees before accepting (no sign-in needed; the token is the key). */
export const invitationPreviewSchema = z
  .object({
    unitName: z.string(),
    role: roleSchema,
    invitedByName: z.string(),
    email: z.string(),
    name: z.string(),
    /** An account with this email exists: accept by signing in as it rather than by setting a password. */
    accountExists: z.boolean(),
  })
  .meta({ id: "InvitationPreview" });
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const invitationTokenSchema = z.string().min(20).max(200);

export const acceptInvitationSchema = z
  .object({
    token: invitationTokenSchema,
    /** For a new account: the name to use and the password to set. */
    name: z.string().trim().min(1).max(200).optional(),
    password: newPasswordSchema.optional(),
  })
  .meta({ id: "AcceptInvitation" });
export type AcceptInvitation = z.input<typeof acceptInvitationSchema>;
