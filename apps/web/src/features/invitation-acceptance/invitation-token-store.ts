/**
 * Keeps the invitation token for this tab while the invitee signs in: the sign-in page sends them back
 * to `/invitation` without the fragment, and putting the token in `returnTo` would put it in a URL
 * query, where server logs would see it. sessionStorage ends with the tab.
 */
const storageKey = "sidestilt.invitationToken";

export function storeInvitationToken(token: string): void {
  try {
    sessionStorage.setItem(storageKey, token);
  } catch {
    // Storage disabled: the invitee can open the link again after signing in.
  }
}

export function storedInvitationToken(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function forgetInvitationToken(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing stored.
  }
}
