import { type FieldErrorCode, isFieldErrorCode } from "@sidestilt/domain/problem";
import type { TFunction } from "i18next";

/**
 * The translated message for a field error code. Every code the API can answer a field with
 * (`fieldErrorCodes`) has its own (i18n `fieldErrors.<code>`, naming the field where it helps);
 * a code of the web app's own that its form does not explain gets the generic one.
 */
export function fieldErrorMessage(t: TFunction, code: string, fieldLabel: string): string {
  const key: `fieldErrors.${FieldErrorCode | "invalid"}` = `fieldErrors.${isFieldErrorCode(code) ? code : "invalid"}`;
  return t(key, { field: fieldLabel });
}
