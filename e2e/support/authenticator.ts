// The demo staff accounts' authenticator app, for the tests: the code it shows now (or one step ahead). Every staff
// sign-in needs one, and the portal accepts each 30-second code once per account and only codes after the last one
// it accepted; a refused code counts towards the second factor's lock (5 wrong codes lock the account for minutes).
// So that parallel workers signing the same account in never spend a wrong code on each other, a worker claims the
// step it will use for that account first (an exclusive file per account and step, shared by every worker of the
// run), and only a step later than any already claimed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generate } from "otplib";
import { DEMO_TOTP_SECRET } from "../../prisma/seed-data";

const STEP_MS = 30_000;
const CLAIMS = path.join(os.tmpdir(), `portal-e2e-totp-${process.env.TEST_PORT ?? "3917"}`);

export function staffCode(offsetSteps = 0, now = Date.now()): Promise<string> {
  return generate({ secret: DEMO_TOTP_SECRET, epoch: Math.floor((now + offsetSteps * STEP_MS) / 1000) });
}

function latestClaim(login: string): number {
  let latest = -1;
  for (const f of fs.readdirSync(CLAIMS)) {
    const m = f.match(/^(.+)-(\d+)$/);
    if (m && m[1] === login) latest = Math.max(latest, Number(m[2]));
  }
  return latest;
}

/** True if this worker now owns `step` for `login` (nobody claimed it or a later step before). */
function claim(login: string, step: number): boolean {
  if (step <= latestClaim(login)) return false;
  try {
    fs.closeSync(fs.openSync(path.join(CLAIMS, `${login}-${step}`), "wx"));
    return true;
  } catch {
    return false;
  }
}

/**
 * Tries `attempt` with a code the portal should accept: with `login`, this step's or the next step's code once
 * claimed for that account; without, this step's, then the next step's. Failing, waits for the next step and retries.
 */
export async function withStaffCode(attempt: (code: string) => Promise<boolean>, login?: string): Promise<void> {
  if (login) fs.mkdirSync(CLAIMS, { recursive: true });
  for (let round = 0; round < 4; round++) {
    const now = Date.now();
    for (const offset of [0, 1]) {
      if (login && !claim(login, Math.floor((now + offset * STEP_MS) / STEP_MS))) continue;
      if (await attempt(await staffCode(offset, now))) return;
    }
    await new Promise((r) => setTimeout(r, STEP_MS - (Date.now() % STEP_MS) + 500));
  }
  throw new Error("no authenticator code was accepted in four steps");
}
