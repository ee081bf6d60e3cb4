// proxy.ts gives every request that reaches our code an id: on the request our code reads (x-request-id, which Next
// passes on as x-middleware-request-x-request-id) and on the response. Its matcher leaves out only static files and
// the upload POST (which gives itself one: withRequestId).
import "@/lib/test-support/next-async-storage";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { config, proxy } from "@/proxy";

afterEach(() => vi.unstubAllEnvs());

const OURS = /^[0-9A-Z]{10}$/;

async function through(path: string, headers: Record<string, string> = {}) {
  const res = await proxy(new NextRequest(new URL(path, "http://portal.test"), { headers }));
  return { sent: res.headers.get("x-request-id"), passedOn: res.headers.get("x-middleware-request-x-request-id"), res };
}

describe("proxy.ts and the request id", () => {
  it("runs for pages, server actions, API routes, the manifest and prefetches; not for static files or the upload POST", () => {
    const runs = (url: string, headers?: Record<string, string>) =>
      unstable_doesMiddlewareMatch({ config, url, headers });
    for (const url of ["/", "/zh", "/ug/services/elderly-allowance/apply/1", "/api/health", "/api/auth/session"])
      expect(runs(url), url).toBe(true);
    for (const url of [
      "/api/uploads/abc123",
      "/api/me/export",
      "/api/window-consents/x/form",
      "/zh/manifest.webmanifest",
    ])
      expect(runs(url), url).toBe(true);
    expect(runs("/zh/services", { "next-router-prefetch": "1" })).toBe(true);
    for (const url of ["/api/uploads", "/_next/static/chunks/a.js", "/fonts/noto.woff2", "/icons/icon-192.png"])
      expect(runs(url), url).toBe(false);
    for (const url of ["/favicon.ico", "/robots.txt", "/icon.svg"]) expect(runs(url), url).toBe(false);
  });

  it("gives a page request a new id, passes it on to our code and sends it back", async () => {
    const { sent, passedOn } = await through("/zh/services");
    expect(sent).toMatch(OURS);
    expect(passedOn).toBe(sent);
    const again = await through("/zh/services");
    expect(again.sent).not.toBe(sent);
  });

  it("gives one to API routes, prefetches and redirects too, without the page's work", async () => {
    const api = await through("/api/health");
    expect(api.sent).toMatch(OURS);
    expect(api.passedOn).toBe(api.sent);
    expect(api.res.headers.get("content-security-policy")).toBeNull();
    const prefetch = await through("/zh/services", { "next-router-prefetch": "1" });
    expect(prefetch.passedOn).toBe(prefetch.sent);
    const redirect = await through("/services", { "accept-language": "zh-CN" });
    expect(redirect.res.status).toBe(307);
    expect(redirect.sent).toMatch(OURS);
  });

  it("keeps a trusted proxy's id when it is safe, and only then", async () => {
    const nginx = "3b6c1a9f0e2d4c5b8a7f6e5d4c3b2a19";
    vi.stubEnv("TRUST_PROXY_HOPS", "1");
    expect((await through("/zh", { "x-request-id": nginx })).passedOn).toBe(nginx);
    expect((await through("/zh", { "x-request-id": "a b" })).passedOn).toMatch(OURS);
    vi.stubEnv("TRUST_PROXY_HOPS", "0");
    const direct = await through("/api/health", { "x-request-id": nginx });
    expect(direct.sent).toMatch(OURS);
    expect(direct.passedOn).toBe(direct.sent);
  });
});
