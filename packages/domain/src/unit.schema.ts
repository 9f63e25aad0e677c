import { z } from "zod";
import { emailSchema } from "./auth.schema.ts";
import { unitKindSchema } from "./roles.ts";
import { optionalText, requiredText } from "./text.schema.ts";

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,20}$/, { error: "invalid_phone" });

export const unitAbilitiesSchema = z.object({
  canView: z.boolean(),
  canEdit: z.boolean(),
  canManagePeople: z.boolean(),
  canReadAudit: z.boolean(),
  canReadReports: z.boolean(),
});

/** What anyone signed in may know about any unit (names are public in the catalogue anyway). */
export const unitRefSchema = z
  .object({
    id: z.uuid(),
    kind: unitKindSchema,
    name: z.string(),
    region: z.string(),
    municipality: z.string().nullable(),
  })
  .meta({ id: "UnitRef" });
export type UnitRef = z.infer<typeof unitRefSchema>;

export const unitSchema = unitRefSchema
  .extend({
    contactEmail: z.string().nullable(),
    contactPhone: z.string().nullable(),
    version: z.number().int(),
    partners: z.array(unitRefSchema),
    abilities: unitAbilitiesSchema,
  })
  .meta({ id: "Unit" });
export type Unit = z.infer<typeof unitSchema>;

export const unitListSchema = z.object({ items: z.array(unitSchema) }).meta({ id: "UnitList" });
export const unitDirectorySchema = z.object({ items: z.array(unitRefSchema) }).meta({ id: "UnitDirectory" });

/** Create (system administrators) or edit (the unit's coordinators) a unit. */
export const unitInputSchema = z
  .object({
    kind: unitKindSchema,
    name: requiredText(200),
    region: requiredText(100),
    municipality: optionalText(100),
    contactEmail: z
      .union([z.literal("").transform(() => null), z.string().trim().toLowerCase().pipe(emailSchema)])
      .nullable(),
    contactPhone: z.union([z.literal("").transform(() => null), phoneSchema]).nullable(),
  })
  .meta({ id: "UnitChanges" });
export type UnitInput = z.input<typeof unitInputSchema>;
export type UnitChanges = z.output<typeof unitInputSchema>;

export const unitIdParamsSchema = z.object({ unitId: z.uuid() });
export const partnerParamsSchema = z.object({ unitId: z.uuid(), partnerId: z.uuid() });
