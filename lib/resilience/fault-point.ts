// Fault points: named places where the crash-safety tests (e2e/resilience/) kill the server process on purpose, to
// prove that a submission interrupted there loses nothing and doubles nothing. A no-op unless the server was started
// with PORTAL_FAULT_POINT naming the point *and* PORTAL_FAULT_POINTS=test-only-kill-the-server; assertReadyToServe
// (lib/env.ts) refuses to start a server that names a point without that flag, so a stray setting in a real
// deployment stops the portal at start-up instead of letting it die mid-request later.
import "server-only";
import { env, faultPointsEnabled } from "@/lib/env";
import { log } from "@/lib/log/logger";

export const faultPoints = ["submit.before-transaction", "submit.inside-transaction", "submit.after-commit"] as const;
export type FaultPoint = (typeof faultPoints)[number];

/** Dies here, at once and without cleaning up (SIGKILL: as a power cut or the OOM killer would), when this is the
 * point the test server was started with; otherwise does nothing. */
export function faultPoint(name: FaultPoint): void {
  if (!faultPointsEnabled() || env().PORTAL_FAULT_POINT !== name) return;
  log.warn({ faultPoint: name }, "fault point reached: killing this server process (test-only setting)");
  process.kill(process.pid, "SIGKILL");
}
