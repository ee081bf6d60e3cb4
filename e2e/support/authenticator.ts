// The demo staff accounts' authenticator app, for the tests: the code it shows now (or one step ahead). Every staff
// sign-in needs one, and the portal accepts each 30-second code once, so a test that is refused (another worker
// just signed the same account in with this step's code) tries the next step's code, then waits for a fresh step.
import { generate } from "otplib";
import { DEMO_TOTP_SECRET } from "../../prisma/seed-data";

const STEP_MS = 30_000;

export function staffCode(offsetSteps = 0, now = Date.now()): Promise<string> {
  return generate({ secret: DEMO_TOTP_SECRET, epoch: Math.floor((now + offsetSteps * STEP_MS) / 1000) });
}

/** Tries `attempt` with this step's code, then the next step's; failing both, waits for the next step and retries. */
export async function withStaffCode(attempt: (code: string) => Promise<boolean>): Promise<void> {
  for (let round = 0; round < 3; round++) {
    for (const offset of [0, 1]) if (await attempt(await staffCode(offset))) return;
    await new Promise((r) => setTimeout(r, STEP_MS - (Date.now() % STEP_MS) + 500));
  }
  throw new Error("no authenticator code was accepted in three steps");
}
