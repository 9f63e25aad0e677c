import { type AuditAction, auditActions } from "@sidestilt/domain/audit.schema";
import type { TFunction } from "i18next";

/** The translation key of an action: "auth.sign-in-failed" → "authSignInFailed". */
export const auditActionKey = (action: AuditAction): string =>
  action.replace(/[.-]([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/**
 * The action in words. Every action the API writes has a label (audit-labels.test.ts); a code the app
 * does not know (a newer API) is shown as it is: the log must show everything, even what it cannot name.
 */
export function auditActionLabel(t: TFunction, action: string): string {
  return isAuditAction(action) ? t(`audit.actions.${auditActionKey(action)}` as "audit.actions.authSignedIn") : action;
}

const isAuditAction = (action: string): action is AuditAction => (auditActions as readonly string[]).includes(action);

/** The object types a unit's log can be filtered by (those the history endpoint knows, too). */
export const auditObjectTypes = ["unit", "person", "invitation", "course"] as const;
type AuditObjectType = (typeof auditObjectTypes)[number];

export function isAuditObjectType(value: string | null | undefined): value is AuditObjectType {
  return (auditObjectTypes as readonly (string | null | undefined)[]).includes(value);
}

export function auditObjectTypeLabel(t: TFunction, objectType: string): string {
  return isAuditObjectType(objectType) ? t(`audit.objectTypes.${objectType}`) : objectType;
}
