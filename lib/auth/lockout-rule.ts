// The sign-in limits (pure data; the counters are RateBucket rows in PostgreSQL, shared by every server instance and
// counted by one atomic statement each, lib/security/rate-limit.ts). Every password try is counted before the
// password is checked, so tries sent in parallel cannot get more checks than these numbers between them.
//
// Designed so that a stranger cannot keep the owner out:
// - The lock that five wrong passwords set holds one account *at one client address*; the owner at home, at work or
//   at a counter elsewhere is not affected by guesses from the stranger's address.
// - A client address guessing across many accounts is stopped by its own limit (failures only: a service hall's
//   tablets share an address, and residents signing in successfully do not use it up).
// - Guessing one resident account from many addresses stops its password sign-in for everyone; the owner gets back
//   in with an SMS code (code sign-in, or a password reset), which clears the lock (clearSignInLocks).
// - Staff accounts have no lock across addresses (no SMS way back, and a clerk locked out of the desk stops a
//   counter): their logins are guessable, so a stranger could otherwise close every counter. Their defence against
//   guessing from many addresses is the per-address limits here and the second factor at staff sign-in.
// A locked sign-in is answered exactly like a wrong password: the attacker learns nothing, and the message the owner
// sees names the way back (auth:errors.invalid).
import type { Limit } from "@/lib/security/rate-limit-window";

const MINUTE = 60_000;

/** Tries at one account from one client address: five in 30 minutes; a success clears the count. */
export const TRIES_PER_ACCOUNT_AND_CLIENT: Limit = { name: "signin:pair", max: 5, windowMs: 30 * MINUTE };
/** Failed tries from one client address, whatever the accounts: thirty an hour. */
export const FAILURES_PER_CLIENT: Limit = { name: "signin:client", max: 30, windowMs: 60 * MINUTE };
/** Failed tries at one resident account from any address: twenty a day, until the owner signs in by SMS code. */
export const FAILURES_PER_RESIDENT: Limit = { name: "signin:account", max: 20, windowMs: 24 * 60 * MINUTE };

/** The (account, client) subject of TRIES_PER_ACCOUNT_AND_CLIENT. */
export const pairSubject = (account: string, ip: string | null) => `${account}|${ip ?? "unknown"}`;
