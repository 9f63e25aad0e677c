import { Secret, TOTP } from "otpauth";

// Time-based one-time passwords (RFC 6238) as every authenticator app understands them: SHA-1, six
// digits, 30-second steps. Anything else (SHA-256, eight digits) is silently misread by some apps.

const ISSUER = "Sidestilt";
const PERIOD_SECONDS = 30;
/** Codes one step either side of now are accepted, for clocks that drift and people who type slowly. */
const WINDOW = 1;

const totpFor = (secret: string, label = "") =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** A new random secret (160 bits, as RFC 4226 recommends), base32-encoded for storage and manual entry. */
export const createTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// URI an authenticator app reads from the QR code, labelled with the account's email. */
export const totpUri = (secret: string, email: string): string => totpFor(secret, email).toString();

/** The current code for a secret (tests and the seed use it to play the authenticator app). */
export const totpCode = (secret: string, timestamp = Date.now()): string => totpFor(secret).generate({ timestamp });

/**
 * The time step a code belongs to, or null when it is wrong or was already used. A code is accepted once:
 * its step must lie after `lastStep`, the step of the last accepted code, which the caller then stores.
 */
export function verifyTotp(
  secret: string,
  code: string,
  options: { lastStep?: bigint | null; timestamp?: number } = {},
): bigint | null {
  const timestamp = options.timestamp ?? Date.now();
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp, window: WINDOW });
  if (delta === null) return null;
  const step = BigInt(totp.counter({ timestamp }) + delta);
  if (options.lastStep !== undefined && options.lastStep !== null && step <= options.lastStep) return null;
  return step;
}
