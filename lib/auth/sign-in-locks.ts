// The owner's way back (lockout-rule.ts): proving the phone with an SMS code (code sign-in, password reset) clears
// the lock on the resident's password sign-in, across addresses and at the address the owner is using.
import "server-only";
import { clearLimit } from "@/lib/security/rate-limit";
import { throttleKey } from "./audiences";
import { FAILURES_PER_RESIDENT, pairSubject, TRIES_PER_ACCOUNT_AND_CLIENT } from "./lockout-rule";

export async function clearSignInLocks(mobile: string, ip: string | null): Promise<void> {
  const account = throttleKey("resident", mobile);
  await clearLimit(FAILURES_PER_RESIDENT, account);
  await clearLimit(TRIES_PER_ACCOUNT_AND_CLIENT, pairSubject(account, ip));
}
