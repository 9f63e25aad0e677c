import { z } from "zod";

/** Required free text: trimmed, at least one character. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Free text where empty means "none": trimmed, and "" becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === "" ? null : value))
    .nullable();
