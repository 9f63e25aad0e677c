import { z } from "zod";

/** A person's role in a unit (see docs/glossary.md for the Norwegian names). */
export const roleSchema = z.enum(["COORDINATOR", "PROFESSIONAL", "USER_REPRESENTATIVE", "EVALUATOR", "UNIT_LEADER"]);
export type Role = z.infer<typeof roleSchema>;

export const unitKindSchema = z.enum([
  "HOSPITAL_LMS",
  "MUNICIPAL_LMS",
  "INTER_MUNICIPAL",
  "HEALTHY_LIFE_CENTRE",
  "USER_ORGANISATION",
]);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const localeSchema = z.enum(["nb", "nn", "en"]);
export type Locale = z.infer<typeof localeSchema>;
