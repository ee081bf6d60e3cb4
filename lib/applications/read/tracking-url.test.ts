// The address printed in the receipt's QR code is the portal's own: PUBLIC_BASE_URL, required in production; in
// development the configured origin. A client's X-Forwarded-Host must never choose where a printed code points (a
// forged header would print a phishing address on a government receipt).
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const requestHeaders = vi.hoisted(() => ({ value: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.value }));

import { trackingUrl } from "./tracking-url";

afterEach(() => {
  vi.unstubAllEnvs();
});

const forged = () =>
  new Headers({ host: "portal.internal:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });

describe("the receipt's QR address", () => {
  it("is PUBLIC_BASE_URL whenever it is set, whatever the request says", async () => {
    vi.stubEnv("PUBLIC_BASE_URL", "https://zwfw.yining.gov.cn/");
    requestHeaders.value = forged();
    expect(await trackingUrl("ug", "YN1")).toBe("https://zwfw.yining.gov.cn/ug/track?ref=YN1");
  });

  it("refuses to print anything in production without PUBLIC_BASE_URL", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("PUBLIC_BASE_URL", undefined);
    requestHeaders.value = forged();
    await expect(trackingUrl("zh", "YN1")).rejects.toThrow(/PUBLIC_BASE_URL/);
  });

  it("in development falls back to the configured origin, never to X-Forwarded-Host", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("PUBLIC_BASE_URL", undefined);
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    requestHeaders.value = forged();
    expect(await trackingUrl("zh", "YN1")).toBe("http://localhost:3000/zh/track?ref=YN1");
  });

  it("in development without any configured origin uses the request's own Host, never X-Forwarded-Host", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("PUBLIC_BASE_URL", undefined);
    vi.stubEnv("NEXTAUTH_URL", undefined);
    requestHeaders.value = forged();
    expect(await trackingUrl("zh", "YN1")).toBe("http://portal.internal:3000/zh/track?ref=YN1");
  });
});
