// The sign-in lockout rule, pure so it is tested row by row: 5 consecutive failures lock the identifier for
// 30 minutes. The state lives in the database (LoginThrottle), so it holds across app instances.
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 30;

export type ThrottleState = { failedCount: number; lockedUntil: Date | null };

export const emptyThrottle: ThrottleState = { failedCount: 0, lockedUntil: null };

export function isLocked(state: ThrottleState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** State after one more failed attempt. A lock that has run out starts a fresh count. */
export function afterFailure(state: ThrottleState, now: Date): ThrottleState {
  // A failure during a lock changes nothing: the lock still ends 30 minutes after the failure that set it, so
  // repeated attempts cannot keep an account (someone else's, too) locked for ever.
  if (isLocked(state, now)) return { ...state };
  const expired = state.lockedUntil !== null && state.lockedUntil.getTime() <= now.getTime();
  const failedCount = (expired ? 0 : state.failedCount) + 1;
  const lockedUntil = failedCount >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
  return { failedCount, lockedUntil };
}

/** A successful sign-in clears the count. */
export function afterSuccess(): ThrottleState {
  return { ...emptyThrottle };
}
