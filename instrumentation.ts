// Runs once when a Next.js server starts: a production portal without its secrets or an SMS transport stops here,
// before it serves a page (lib/env.ts, assertReadyToServe). Every error a request ends in is logged here as one JSON
// line with the request id, the route and the digest the error page shows (lib/log/request-error.ts), and in
// production whatever else still prints to the console goes through the logger (lib/log/console-to-log.ts).
import type { Instrumentation } from "next";
import { assertReadyToServe } from "@/lib/env";

export async function register() {
  assertReadyToServe();
  // A production server's remaining console output (Next's own error prints, libraries) becomes JSON log lines too.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production") {
    const [{ log }, { routeConsoleToLog }] = await Promise.all([
      import("@/lib/log/logger"),
      import("@/lib/log/console-to-log"),
    ]);
    routeConsoleToLog(log);
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const [{ log }, { logRequestError }] = await Promise.all([
    import("@/lib/log/logger"),
    import("@/lib/log/request-error"),
  ]);
  logRequestError(log, error, request, context);
};
