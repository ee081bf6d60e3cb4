// How many wrong authenticator codes a staff account may take: 5, then 15 minutes locked. Pure, so it is tested row by
// row; the state lives on the StaffSecondFactor row and changes under a row lock (verify-staff-code.ts), so parallel
// guesses each count.
export const MAX_CODE_FAILURES = 5;
export const CODE_LOCK_MINUTES = 15;

export type CodeThrottle = { failedCount: number; lockedUntil: Date | null };

export function codeLocked(state: CodeThrottle, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** After one more wrong code. A lock that has run out starts a fresh count. */
export function afterWrongCode(state: CodeThrottle, now: Date): CodeThrottle {
  if (codeLocked(state, now)) return state;
  const expired = state.lockedUntil !== null;
  const failedCount = (expired ? 0 : state.failedCount) + 1;
  return {
    failedCount,
    lockedUntil: failedCount >= MAX_CODE_FAILURES ? new Date(now.getTime() + CODE_LOCK_MINUTES * 60_000) : null,
  };
}
