import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { createTotpSecret, totpCode, totpUri, verifyTotp } from "./totp.ts";

const now = Date.UTC(2026, 10, 23, 9, 30, 10);
const step = BigInt(Math.floor(now / 30_000));

describe("TOTP helpers", () => {
  it("creates distinct 160-bit base32 secrets", () => {
    const a = createTotpSecret();
    const b = createTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(a).not.toBe(b);
  });

  it("writes an otpauth URI with issuer, email label, SHA1, 6 digits and 30 s", () => {
    const secret = createTotpSecret();
    const uri = new URL(totpUri(secret, "kari.nordmann@unn.example"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Sidestilt:kari.nordmann@unn.example");
    expect(Object.fromEntries(uri.searchParams)).toEqual({
      issuer: "Sidestilt",
      secret,
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
  });

  it("agrees with an independent RFC 6238 implementation", () => {
    const secret = createTotpSecret();
    const reference = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
    expect(totpCode(secret, now)).toBe(reference.generate({ timestamp: now }));
    expect(totpCode(secret, now)).toMatch(/^[0-9]{6}$/);
  });

  it("accepts the current code and those one step either side, and answers their step", () => {
    const secret = createTotpSecret();
    expect(verifyTotp(secret, totpCode(secret, now), { timestamp: now })).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), { timestamp: now })).toBe(step - 1n);
    expect(verifyTotp(secret, totpCode(secret, now + 30_000), { timestamp: now })).toBe(step + 1n);
  });

  it("refuses codes two steps away, from another secret, or malformed", () => {
    const secret = createTotpSecret();
    expect(verifyTotp(secret, totpCode(secret, now - 60_000), { timestamp: now })).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, now + 60_000), { timestamp: now })).toBeNull();
    expect(verifyTotp(secret, totpCode(createTotpSecret(), now), { timestamp: now })).toBeNull();
    expect(verifyTotp(secret, "abcdef", { timestamp: now })).toBeNull();
  });

  it("refuses a code whose step is not after the last accepted step (replay)", () => {
    const secret = createTotpSecret();
    const code = totpCode(secret, now);
    expect(verifyTotp(secret, code, { timestamp: now, lastStep: step })).toBeNull();
    expect(verifyTotp(secret, code, { timestamp: now, lastStep: step + 1n })).toBeNull();
    expect(verifyTotp(secret, code, { timestamp: now, lastStep: step - 1n })).toBe(step);
    // An older code within the window is refused once a newer one was used.
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), { timestamp: now, lastStep: step })).toBeNull();
  });
});
