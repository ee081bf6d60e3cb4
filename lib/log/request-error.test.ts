// The error line: one JSON line per failed request, with the request id proxy.ts gave it, the route, and the digest
// the error page shows the resident; the query string and personal data in the message stay out.
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { logRequestError } from "./request-error";

describe("logRequestError", () => {
  it("writes the request id, the digest shown on the error page, the route, and a scrubbed error", () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ destination: { write: (s: string) => void lines.push(JSON.parse(s)) } });
    const error = Object.assign(new Error("no resident 13900000200"), { digest: "2915643087" });
    logRequestError(
      logger,
      error,
      {
        path: "/zh/track?ref=YN2026DEMO000001&id=150029",
        method: "GET",
        headers: { "x-request-id": "7K3M9QX2TR", cookie: "secret" },
      },
      { routerKind: "App Router", routePath: "/[locale]/track", routeType: "render", revalidateReason: undefined },
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: "request failed",
      requestId: "7K3M9QX2TR",
      digest: "2915643087",
      method: "GET",
      path: "/zh/track",
      route: "/[locale]/track",
      routeType: "render",
      err: { message: "no resident [mobile]", digest: "2915643087" },
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/13900000200|150029|secret/);
  });

  it("leaves out a request id that is not one of ours (a request that skipped proxy.ts)", () => {
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ destination: { write: (s: string) => void lines.push(JSON.parse(s)) } });
    logRequestError(
      logger,
      new Error("x"),
      { path: "/api/x", method: "POST", headers: { "x-request-id": "<bad>" } },
      { routerKind: "App Router", routePath: "/api/x", routeType: "route", revalidateReason: undefined },
    );
    expect(lines[0]).not.toHaveProperty("requestId");
  });
});
