import { z } from "zod";
import { localeSchema, roleSchema, unitKindSchema } from "./roles.ts";
import { optionalText } from "./text.schema.ts";
import { phoneSchema } from "./unit.schema.ts";

export const personAbilitiesSchema = z.object({
  canView: z.boolean(),
  canSeeContact: z.boolean(),
  canManageRoles: z.boolean(),
  canDeactivate: z.boolean(),
  canErase: z.boolean(),
});

export const membershipSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    unitKind: unitKindSchema,
    role: roleSchema,
    profession: z.string().nullable(),
    represents: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: "Membership" });
export type Membership = z.infer<typeof membershipSchema>;

/** A person as another person sees them: contact details only with `abilities.canSeeContact`. */
export const personSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    active: z.boolean(),
    erased: z.boolean(),
    lastSignInAt: z.iso.datetime().nullable(),
    memberships: z.array(membershipSchema),
    abilities: personAbilitiesSchema,
  })
  .meta({ id: "Person" });
export type Person = z.infer<typeof personSchema>;

export const personListSchema = z.object({ items: z.array(personSchema) }).meta({ id: "PersonList" });

export const personIdParamsSchema = z.object({ personId: z.uuid() });
export const membershipIdParamsSchema = z.object({ membershipId: z.uuid() });

/** A role in a unit: profession for professionals, the represented user organisation for user representatives. */
export const roleAssignmentSchema = z.object({
  role: roleSchema,
  profession: optionalText(100).optional(),
  representsId: z.uuid().nullable().optional(),
});

export const membershipInputSchema = roleAssignmentSchema.meta({ id: "RoleChange" });
export type MembershipInput = z.input<typeof membershipInputSchema>;

/** The signed-in person's own profile. */
export const profileSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    locale: localeSchema,
    version: z.number().int(),
    hasPassword: z.boolean(),
    totpEnabled: z.boolean(),
    oidcIdentities: z.array(z.object({ issuer: z.string(), createdAt: z.iso.datetime() })),
    memberships: z.array(membershipSchema),
  })
  .meta({ id: "Profile" });
export type Profile = z.infer<typeof profileSchema>;

export const profileInputSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    phone: z.union([z.literal("").transform(() => null), phoneSchema]).nullable(),
    locale: localeSchema,
  })
  .meta({ id: "ProfileChanges" });
export type ProfileInput = z.input<typeof profileInputSchema>;

/** Passwords: at least 10 characters (NSM's advice favours length over composition rules). */
export const newPasswordSchema = z.string().min(10).max(1024);

export const passwordChangeSchema = z
  .object({ currentPassword: z.string().min(1).max(1024), newPassword: newPasswordSchema })
  .meta({ id: "PasswordChange" });
