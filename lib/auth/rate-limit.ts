/**
 * Fixed-window counters, kept in PostgreSQL so every app instance sees the
 * same counts: failed sign-ins (per account and per client address) and
 * password-reset requests (mails per account, requests per address). If the
 * store cannot be read the caller must refuse (fail closed): these functions
 * throw and never answer "free".
 */
import type { Database } from "@/db";
import { countEvent, deleteBuckets, deleteEndedBuckets, readBuckets } from "@/db/queries/rate-limits";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;

export interface WindowLimit {
  windowMinutes: number;
  max: number;
}
/** One inbox gets at most three reset links an hour, however often someone asks. */
export const RESET_MAILS_PER_ACCOUNT: WindowLimit = { windowMinutes: 60, max: 3 };
/** One client address may ask for twenty resets an hour (an office behind one address included). */
export const RESET_REQUESTS_PER_ADDRESS: WindowLimit = { windowMinutes: 60, max: 20 };
/** Wrong current passwords in /konto (e-mail, password, deletion): after five the sessions end. */
export const REAUTH_FAILURES_PER_ACCOUNT: WindowLimit = { windowMinutes: 15, max: 5 };
/** Wrong second-factor codes per account, apart from the password's own counter. */
export const SECOND_FACTOR_FAILURES_PER_ACCOUNT: WindowLimit = { windowMinutes: 15, max: 5 };
/** The longest window of any limit here: rows older than that are dead. */
const LONGEST_WINDOW_MINUTES = 60;

export function signInKeys(email: string, address: string) {
  return { account: `signin:account:${email.toLowerCase()}`, address: `signin:address:${address}` };
}

/** Minutes until the current window of `key` ends, or 0 when the key is not throttled. */
export async function throttledFor(db: Database, keys: { account: string; address: string }): Promise<number> {
  let minutes = 0;
  for (const row of await readBuckets(db, [keys.account, keys.address], SIGN_IN_WINDOW_MINUTES)) {
    const limit = row.key === keys.account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    if (row.minutesLeft > 0 && row.count >= limit) minutes = Math.max(minutes, row.minutesLeft);
  }
  return minutes;
}

/** Counts one failure on each key; a key whose window has ended starts a new window. */
export async function recordFailure(db: Database, keys: { account: string; address: string }): Promise<void> {
  await countEvent(db, [keys.account, keys.address], SIGN_IN_WINDOW_MINUTES);
}

/**
 * Counts one event against `limit` and says whether it is still within it;
 * when not, how many minutes until the window ends.
 */
export async function withinLimit(db: Database, key: string, limit: WindowLimit): Promise<{ allowed: true } | { allowed: false; minutes: number }> {
  const counted = (await countEvent(db, [key], limit.windowMinutes)).get(key)!;
  return counted.count <= limit.max ? { allowed: true } : { allowed: false, minutes: counted.minutesLeft };
}

/** Minutes until `key` may try again under `limit`, or 0 when it is free (failures are counted by {@link recordLimitedFailure}). */
export async function blockedFor(db: Database, key: string, limit: WindowLimit): Promise<number> {
  const [row] = await readBuckets(db, [key], limit.windowMinutes);
  return row && row.minutesLeft > 0 && row.count >= limit.max ? row.minutesLeft : 0;
}

/** Counts one failure on `key`; true when this failure reached the limit. */
export async function recordLimitedFailure(db: Database, key: string, limit: WindowLimit): Promise<boolean> {
  const counted = (await countEvent(db, [key], limit.windowMinutes)).get(key)!;
  return counted.count >= limit.max;
}

/** A successful sign-in clears the account's counter (not the address's). */
export async function clearAccount(db: Database, ...keys: string[]): Promise<void> {
  await deleteBuckets(db, keys);
}

/** Removes windows that ended under every limit; called after each recorded failure so the table stays small. */
export async function pruneExpired(db: Database): Promise<void> {
  await deleteEndedBuckets(db, LONGEST_WINDOW_MINUTES);
}
