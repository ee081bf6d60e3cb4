// The client's address decides the per-client rate limits and the audit log's address, so it must be the one thing a
// client cannot choose: the socket's peer address, or exactly TRUST_PROXY_HOPS hops in from the right of
// X-Forwarded-For when the portal sits behind that many proxies of its own.
import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIp, SOCKET_ADDRESS_HEADER } from "./client-ip";

afterEach(() => vi.unstubAllEnvs());

/** A request as the portal's start scripts hand it to Next.js: the peer address in the internal header. */
function request(peer: string | null, extra: Record<string, string> = {}): Headers {
  const h = new Headers(extra);
  if (peer) h.set(SOCKET_ADDRESS_HEADER, peer);
  return h;
}

function startedByPortal(hops?: string) {
  vi.stubEnv("PORTAL_SOCKET_ADDRESS", "1");
  if (hops !== undefined) vi.stubEnv("TRUST_PROXY_HOPS", hops);
}

describe("clientIp", () => {
  it("without a proxy: the socket address, whatever X-Forwarded-For or X-Real-IP say", () => {
    startedByPortal();
    const h = request("198.51.100.20", { "x-forwarded-for": "10.9.9.9", "x-real-ip": "10.8.8.8" });
    expect(clientIp(h)).toBe("198.51.100.20");
  });

  it("an IPv4 peer written as an IPv6-mapped address is the IPv4 address", () => {
    startedByPortal();
    expect(clientIp(request("::ffff:203.0.113.4"))).toBe("203.0.113.4");
  });

  it("one trusted proxy: the last X-Forwarded-For hop (what our proxy saw), not the first (what the client wrote)", () => {
    startedByPortal("1");
    const h = request("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientIp(h)).toBe("198.51.100.7");
  });

  it("two trusted proxies: the second hop from the right; several header lines count as one list", () => {
    startedByPortal("2");
    const h = new Headers();
    h.set(SOCKET_ADDRESS_HEADER, "10.0.0.3");
    h.append("x-forwarded-for", "6.6.6.6, 198.51.100.8");
    h.append("x-forwarded-for", "10.0.0.2");
    expect(clientIp(h)).toBe("198.51.100.8");
  });

  it("fewer hops than trusted proxies: the leftmost one there is (the request skipped an outer proxy)", () => {
    startedByPortal("3");
    expect(clientIp(request("10.0.0.3", { "x-forwarded-for": "198.51.100.9" }))).toBe("198.51.100.9");
    expect(clientIp(request("10.0.0.3"))).toBe("10.0.0.3");
  });

  it("a plain object of headers (next-auth's request) reads the same", () => {
    startedByPortal("1");
    expect(clientIp({ [SOCKET_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "1.1.1.1, 192.0.2.44" })).toBe(
      "192.0.2.44",
    );
  });

  it("the internal header is believed only when the portal's start script set it", () => {
    // `next start` run by hand: anyone could send the header, so it means nothing and X-Real-IP is never read.
    expect(clientIp(request("198.51.100.20", { "x-real-ip": "10.8.8.8" }))).toBeNull();
  });

  it("garbage in a header is no address", () => {
    startedByPortal("1");
    expect(clientIp(request("10.0.0.2", { "x-forwarded-for": "<script>" }))).toBeNull();
  });
});
