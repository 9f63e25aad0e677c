import type { TFunction } from "i18next";

const knownFieldErrorCodes = ["too_small", "too_big", "invalid_format"] as const;
type KnownFieldErrorCode = (typeof knownFieldErrorCodes)[number];

function isKnown(code: string): code is KnownFieldErrorCode {
  return (knownFieldErrorCodes as readonly string[]).includes(code);
}

/** The translated message for a field error code (zod's issue codes); unknown codes get a generic message. */
export function fieldErrorMessage(t: TFunction, code: string, fieldLabel: string): string {
  return t(`fieldErrors.${isKnown(code) ? code : "invalid"}`, { field: fieldLabel });
}
