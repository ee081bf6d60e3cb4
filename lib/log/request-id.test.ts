// The request id rule: ten readable characters of our own, or the id a trusted proxy in front set, when it is safe.
import { describe, expect, it } from "vitest";
import { isSafeRequestId, newRequestId, requestIdFor } from "./request-id";

describe("request ids", () => {
  it("are ten characters of Crockford base32 (no I, L, O, U to misread), different every time", () => {
    const ids = new Set(Array.from({ length: 1000 }, newRequestId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
  });

  it("accept a proxy's id only when the portal trusts a proxy and the value is short and plain", () => {
    const nginx = "3b6c1a9f0e2d4c5b8a7f6e5d4c3b2a19";
    const uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    expect(requestIdFor(nginx, 1)).toBe(nginx);
    expect(requestIdFor(uuid, 2)).toBe(uuid);
    // No proxy of ours in front: the header came from the client, which does not choose how its request is logged.
    expect(requestIdFor(nginx, 0)).not.toBe(nginx);
    for (const bad of ["short", "x".repeat(65), "abc def 12345", 'a"b\\nc:12345', 'id\n{"level":60}', "", null])
      expect(requestIdFor(bad, 1), String(bad)).toMatch(/^[0-9A-Z]{10}$/);
  });

  it("are safe to print in a header and a log line", () => {
    expect(isSafeRequestId(newRequestId())).toBe(true);
    expect(isSafeRequestId("7K3M9QX2TR")).toBe(true);
    expect(isSafeRequestId("<script>alert(1)</script>")).toBe(false);
    expect(isSafeRequestId(undefined)).toBe(false);
  });
});
