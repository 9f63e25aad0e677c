import type { InvitationPreview } from "@sidestilt/domain/invitation.schema";
import type { Profile } from "@sidestilt/domain/person.schema";

export function aProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: "0b5f3c1e-7a43-4d55-9a55-1c2d3e4f5a60",
    name: "Kari Nordmann",
    email: "kari@example.no",
    phone: null,
    locale: "nb",
    version: 3,
    hasPassword: true,
    totpEnabled: false,
    oidcIdentities: [],
    memberships: [],
    ...overrides,
  };
}

export function anInvitationPreview(overrides: Partial<InvitationPreview> = {}): InvitationPreview {
  return {
    unitName: "LMS Haukeland",
    role: "USER_REPRESENTATIVE",
    invitedByName: "Ola Koordinator",
    email: "kari@example.no",
    name: "Kari Nordmann",
    accountExists: false,
    ...overrides,
  };
}

/** A token as the API makes them: long enough for `invitationTokenSchema` and the reset schema. */
export const aToken = "tok_0123456789abcdefghijklmnopqrstuv";
