import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random opaque token: 256 bits, URL-safe. */
export const randomToken = (): string => randomBytes(32).toString("base64url");

/** Tokens are stored only as their SHA-256, so a leaked table grants nothing. */
export const sha256 = (value: string): string => createHash("sha256").update(value).digest("base64url");

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
