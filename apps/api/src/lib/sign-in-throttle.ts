import type { Db } from "../db/prisma.ts";
import { RetryLaterError } from "../plugins/problem.ts";
import { sha256 } from "./tokens.ts";

/** Failed sign-ins allowed per window, per account and per client address (shared by all replicas). */
export const throttleLimits = { windowSeconds: 15 * 60, perAccount: 10, perAddress: 50 };

export type ThrottleKeys = { account: string; address: string };

const keyHashes = (keys: ThrottleKeys) => ({
  account: sha256(`account:${keys.account}`),
  address: sha256(`address:${keys.address}`),
});

/** Throws RetryLaterError while either key has used up its failures in the current window. */
export async function assertNotThrottled(db: Db, keys: ThrottleKeys): Promise<void> {
  const hashes = keyHashes(keys);
  const rows = await db.signInThrottle.findMany({ where: { keyHash: { in: [hashes.account, hashes.address] } } });
  const now = Date.now();
  for (const row of rows) {
    const limit = row.keyHash === hashes.account ? throttleLimits.perAccount : throttleLimits.perAddress;
    const windowEnds = row.windowStart.getTime() + throttleLimits.windowSeconds * 1000;
    if (row.failures >= limit && windowEnds > now) throw new RetryLaterError(Math.ceil((windowEnds - now) / 1000));
  }
}

/** Counts one failure for both keys; a window that has passed starts again at one. */
export async function recordFailure(db: Db, keys: ThrottleKeys): Promise<void> {
  const hashes = keyHashes(keys);
  for (const keyHash of [hashes.account, hashes.address]) {
    await db.$executeRaw`
      INSERT INTO sign_in_throttle (key_hash, failures, window_start) VALUES (${keyHash}, 1, now())
      ON CONFLICT (key_hash) DO UPDATE SET
        failures = CASE WHEN sign_in_throttle.window_start + make_interval(secs => ${throttleLimits.windowSeconds}) < now()
                        THEN 1 ELSE sign_in_throttle.failures + 1 END,
        window_start = CASE WHEN sign_in_throttle.window_start + make_interval(secs => ${throttleLimits.windowSeconds}) < now()
                        THEN now() ELSE sign_in_throttle.window_start END`;
  }
}

export async function clearAccountFailures(db: Pick<Db, "signInThrottle">, account: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { keyHash: sha256(`account:${account}`) } });
}

/**
 * Checks a password someone signed in gives again (to change it or switch off the second factor) under
 * the same throttle as sign-in, so that a stolen session cannot be used to guess the password.
 */
export async function verifyPasswordThrottled(
  db: Db,
  keys: ThrottleKeys,
  check: () => Promise<boolean>,
): Promise<boolean> {
  await assertNotThrottled(db, keys);
  if (await check()) return true;
  await recordFailure(db, keys);
  return false;
}
