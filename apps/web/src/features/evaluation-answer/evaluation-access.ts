import type { EvaluationAccess } from "@sidestilt/domain/evaluation-collection.schema";

// How a participant reaches the evaluation: an emailed link carries a single-use token
// (`/evaluation#token=…`), the printed QR code the collection's code (`/evaluation#code=…`). Both are in
// the fragment, which browsers never send to a server, so they stay out of server and proxy logs.

/** The token or code in the link's fragment, or null when the link is not whole. */
export function evaluationAccessFromHash(hash: string): EvaluationAccess | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const token = params.get("token")?.trim();
  if (token) return { token };
  const code = params.get("code")?.trim();
  if (code) return { code };
  return null;
}

/**
 * A short, stable name for the link, for keys in this browser's storage: the token itself is never
 * stored. A 53-bit hash (cyrb53) cannot be turned back into a random 256-bit token, and unlike SHA-256
 * through `crypto.subtle` it is synchronous and works on plain-HTTP hosts too, so the draft can be
 * read before the first render.
 */
export function accessKeyOf(access: EvaluationAccess): string {
  const text = "token" in access ? `token:${access.token}` : `code:${access.code}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
