// Runs once when a Next.js server starts: a production portal without its secrets or an SMS transport stops here,
// before it serves a page (lib/env.ts, assertReadyToServe). Every error a request ends in is logged here as one JSON
// line with the request id, the route and the digest the error page shows (lib/log/request-error.ts).
import type { Instrumentation } from "next";
import { assertReadyToServe } from "@/lib/env";

export async function register() {
  assertReadyToServe();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const [{ log }, { logRequestError }] = await Promise.all([
    import("@/lib/log/logger"),
    import("@/lib/log/request-error"),
  ]);
  logRequestError(log, error, request, context);
};
