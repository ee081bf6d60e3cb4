import { connection } from "next/server";
import { notFound } from "next/navigation";
import { isBrowserTestServer } from "@/lib/env";

// A page that fails on purpose, on the browser-test server only (404 everywhere else): the browser test of the error
// page (e2e/ops/request-id.spec.ts) needs a real server error, and no real page fails on demand. The message holds a
// made-up mobile number, which the log line must show scrubbed (lib/log/scrub.ts).
export default async function FailOnPurpose() {
  await connection();
  if (!isBrowserTestServer()) notFound();
  throw new Error("failing on purpose for the browser test of the error page (for 13800000000)");
}
