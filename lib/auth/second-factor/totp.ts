// The authenticator-app code (TOTP, RFC 6238: 6 digits, 30-second steps, SHA-1, as every authenticator app reads it)
// through otplib. Pure apart from the clock, so the acceptance rules are unit-tested: one step of clock drift either
// way, and never a step at or before the last one accepted (an observed code cannot be replayed).
import { generateSecret, generateURI, verify, generate } from "otplib";

export const TOTP_PERIOD_SECONDS = 30;
/** One step of drift each way: a phone's clock a little off still works, an old code does not. */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

export function newTotpSecret(): string {
  return generateSecret();
}

/** What the QR code holds: the otpauth:// URI authenticator apps scan. */
export function totpUri(secret: string, account: string, issuer: string): string {
  return generateURI({ issuer, label: account, secret });
}

export type TotpCheck = { ok: true; step: number } | { ok: false };

export async function checkTotp(
  secret: string,
  code: string,
  lastStep: number,
  nowMs: number = Date.now(),
): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(code)) return { ok: false };
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    afterTimeStep: lastStep > 0 ? lastStep : undefined,
  }).catch(() => ({ valid: false as const }));
  return result.valid && "timeStep" in result ? { ok: true, step: result.timeStep } : { ok: false };
}

/** The code an authenticator shows at a moment: for the demo page and the tests, never sent anywhere. */
export function totpCodeAt(secret: string, nowMs: number = Date.now()): Promise<string> {
  return generate({ secret, epoch: Math.floor(nowMs / 1000) });
}
