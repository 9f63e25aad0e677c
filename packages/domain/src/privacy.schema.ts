import { z } from "zod";
import { localeSchema, roleSchema, unitKindSchema } from "./roles.ts";

/** How many audit events an export carries at most (the newest ones); `auditEvents.truncated` says when more exist. */
export const exportAuditLimit = 10_000;

const datetime = z.iso.datetime();
const unitRef = z.object({ id: z.uuid(), name: z.string(), kind: unitKindSchema });

/**
 * Everything Sidestilt stores about a person, for their right of access (GDPR art. 15 and 20). Secrets are
 * left out on purpose: password and TOTP hashes or secrets, session and link tokens. Invitations the person
 * sent leave out the invitee's name and email, which are someone else's personal data.
 */
export const personalDataExportSchema = z
  .object({
    exportedAt: datetime,
    profile: z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      phone: z.string().nullable(),
      locale: localeSchema,
      isSystemAdmin: z.boolean(),
      active: z.boolean(),
      hasPassword: z.boolean(),
      totpEnabledAt: datetime.nullable(),
      failedSignInCount: z.number().int(),
      lastSignInAt: datetime.nullable(),
      createdAt: datetime,
    }),
    memberships: z.array(
      z.object({
        id: z.uuid(),
        unit: unitRef,
        role: roleSchema,
        profession: z.string().nullable(),
        represents: z.object({ id: z.uuid(), name: z.string() }).nullable(),
        createdAt: datetime,
      }),
    ),
    sessions: z.array(z.object({ createdAt: datetime, lastSeenAt: datetime })),
    oidcIdentities: z.array(z.object({ issuer: z.string(), subject: z.string(), createdAt: datetime })),
    passwordResets: z.array(z.object({ createdAt: datetime, expiresAt: datetime, usedAt: datetime.nullable() })),
    invitationsSent: z.array(
      z.object({
        id: z.uuid(),
        unit: unitRef,
        role: roleSchema,
        createdAt: datetime,
        expiresAt: datetime,
        acceptedAt: datetime.nullable(),
        revokedAt: datetime.nullable(),
      }),
    ),
    /** Invitations the person accepted or that were addressed to their email. */
    invitationsReceived: z.array(
      z.object({
        id: z.uuid(),
        unit: unitRef,
        role: roleSchema,
        profession: z.string().nullable(),
        name: z.string(),
        email: z.string(),
        locale: localeSchema,
        invitedById: z.uuid(),
        emailed: z.boolean(),
        createdAt: datetime,
        expiresAt: datetime,
        acceptedAt: datetime.nullable(),
        revokedAt: datetime.nullable(),
      }),
    ),
    workingGroups: z.array(
      z.object({
        course: z.object({ id: z.uuid(), title: z.string() }),
        role: roleSchema,
        profession: z.string().nullable(),
        addedAt: datetime,
        removedAt: datetime.nullable(),
      }),
    ),
    /** Audit events where the person is the actor or the object, newest first. */
    auditEvents: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          at: datetime,
          actorId: z.uuid().nullable(),
          action: z.string(),
          objectType: z.string().nullable(),
          objectId: z.string().nullable(),
          data: z.unknown(),
        }),
      ),
      truncated: z.boolean(),
    }),
  })
  .meta({ id: "PersonalDataExport" });
export type PersonalDataExport = z.infer<typeof personalDataExportSchema>;
