import type { TFunction } from "i18next";

/**
 * Audit actions with a translation (the codes the API writes). A code not listed here (a newer API,
 * a rare action) is shown as it is: the log must show everything, even what it cannot name.
 */
const actionKeys = {
  "auth.signed-in": "authSignedIn",
  "auth.signed-out": "authSignedOut",
  "auth.sign-in-failed": "authSignInFailed",
  "unit.created": "unitCreated",
  "unit.updated": "unitUpdated",
  "unit.partner-added": "unitPartnerAdded",
  "unit.partner-removed": "unitPartnerRemoved",
  "person.contact-read": "personContactRead",
  "person.deactivated": "personDeactivated",
  "person.reactivated": "personReactivated",
  "person.erased": "personErased",
  "membership.updated": "membershipUpdated",
  "membership.removed": "membershipRemoved",
  "invitation.created": "invitationCreated",
  "invitation.revoked": "invitationRevoked",
  "invitation.accepted": "invitationAccepted",
  "auth.password-changed": "authPasswordChanged",
  "auth.password-reset": "authPasswordReset",
  "auth.password-reset-link-created": "authPasswordResetLinkCreated",
  "auth.password-reset-requested": "authPasswordResetRequested",
  "auth.totp-setup-started": "authTotpSetupStarted",
  "auth.totp-enabled": "authTotpEnabled",
  "auth.totp-disabled": "authTotpDisabled",
  "course.viewed": "courseViewed",
  "invitation.contact-read": "invitationContactRead",
  "invitation.emailed": "invitationEmailed",
  "membership.created": "membershipCreated",
  "person.created": "personCreated",
  "person.updated": "personUpdated",
  "person.oidc-linked": "personOidcLinked",
  "privacy.exported": "privacyExported",
} as const;

export function auditActionLabel(t: TFunction, action: string): string {
  const key = (actionKeys as Record<string, (typeof actionKeys)[keyof typeof actionKeys]>)[action];
  return key ? t(`audit.actions.${key}`) : action;
}

/** The object types a unit's log can be filtered by (those the history endpoint knows, too). */
export const auditObjectTypes = ["unit", "person", "invitation", "course"] as const;
type AuditObjectType = (typeof auditObjectTypes)[number];

export function isAuditObjectType(value: string | null | undefined): value is AuditObjectType {
  return (auditObjectTypes as readonly (string | null | undefined)[]).includes(value);
}

export function auditObjectTypeLabel(t: TFunction, objectType: string): string {
  return isAuditObjectType(objectType) ? t(`audit.objectTypes.${objectType}`) : objectType;
}
