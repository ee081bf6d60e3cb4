import { describe, expect, it } from "vitest";
import { auditRowHash, canonicalJson, GENESIS_HASH, type ChainedFields } from "./audit-chain";

const row: ChainedFields = {
  at: new Date("2026-12-03T08:00:00.123Z"),
  action: "profile.reveal",
  actorId: "clerk-1",
  actorRole: "clerk",
  subjectType: "profile",
  subjectId: "res-1",
  onBehalfOf: null,
  ip: "192.0.2.1",
  payload: { field: "idNumber", reason: "核对身份" },
};

describe("audit chain hashing", () => {
  it("serializes objects the same whatever their key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it("gives the same hash for the same row and previous hash", () => {
    const h = auditRowHash(row, GENESIS_HASH);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRowHash({ ...row, payload: { reason: "核对身份", field: "idNumber" } }, GENESIS_HASH)).toBe(h);
  });

  it("changes when any covered field or the previous hash changes", () => {
    const h = auditRowHash(row, GENESIS_HASH);
    const variants: ChainedFields[] = [
      { ...row, at: new Date(row.at.getTime() + 1) },
      { ...row, action: "profile.export" },
      { ...row, actorId: "clerk-2" },
      { ...row, actorRole: "admin" },
      { ...row, subjectType: "user" },
      { ...row, subjectId: "res-2" },
      { ...row, onBehalfOf: "res-1" },
      { ...row, ip: null },
      { ...row, payload: { field: "idNumber", reason: "核对身份 " } },
    ];
    for (const v of variants) expect(auditRowHash(v, GENESIS_HASH)).not.toBe(h);
    expect(auditRowHash(row, "1".repeat(64))).not.toBe(h);
  });
});
