// Runs once when a Next.js server starts: a production portal without its secrets or an SMS transport stops here,
// before it serves a page (lib/env.ts, assertReadyToServe).
import { assertReadyToServe } from "@/lib/env";

export async function register() {
  assertReadyToServe();
}
