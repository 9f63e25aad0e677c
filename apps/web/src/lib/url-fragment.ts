/**
 * The token in a link's fragment (`/invitation#<token>`). Emailed links carry tokens there because
 * browsers never send the fragment to a server, so it stays out of server and proxy logs.
 */
export function tokenFromHash(hash: string): string | null {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  if (raw === "") return null;
  try {
    return decodeURIComponent(raw).trim() || null;
  } catch {
    return null;
  }
}
