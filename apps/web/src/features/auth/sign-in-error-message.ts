import type { TFunction } from "i18next";
import { ApiError, errorKeyOf } from "../../lib/api-error.ts";

/** What a failed sign-in says: how long to wait after too many attempts, otherwise the code's message. */
export function signInErrorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError && error.code === "too_many_requests" && error.retryAfterSeconds !== null) {
    return t("signIn.tooManyAttempts", { count: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
  }
  return t(`errors.${errorKeyOf(error)}`);
}
