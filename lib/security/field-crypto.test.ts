import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSealed, lookupHash, newKeyEntry, open, parseKeyring, seal, sealedKeyId } from "./field-crypto";

const hmac = crypto.randomBytes(32).toString("base64");
const k1 = newKeyEntry("k1");
const k2 = newKeyEntry("k2");
const ring1 = parseKeyring(k1, hmac);
const id = "654002198806150029";

describe("field encryption", () => {
  it("round-trips, and never stores the clear value", () => {
    const sealed = seal(ring1, id);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain(id);
    expect(sealed.startsWith("v1:k1:")).toBe(true);
    expect(open(ring1, sealed)).toBe(id);
  });
  it("uses a fresh IV each time (equal values do not look equal)", () => {
    expect(seal(ring1, id)).not.toBe(seal(ring1, id));
  });
  it("detects tampering with the ciphertext, the tag or the key label", () => {
    const [v, kid, iv, tag, ct] = seal(ring1, id).split(":") as string[];
    const flip = (s: string) => {
      const b = Buffer.from(s, "base64url");
      b[0] = b[0]! ^ 1;
      return b.toString("base64url");
    };
    expect(() => open(ring1, [v, kid, iv, tag, flip(ct!)].join(":"))).toThrow();
    expect(() => open(ring1, [v, kid, iv, flip(tag!), ct].join(":"))).toThrow();
    // Relabelled to another key id that holds the same key bytes: the key id is authenticated.
    const same = parseKeyring(`${k1},k9:${k1.split(":")[1]}`, hmac);
    expect(() => open(same, [v, "k9", iv, tag, ct].join(":"))).toThrow();
  });
  it("refuses a value sealed under a key it does not hold, and a wrong key under the same id", () => {
    const other = parseKeyring(k2, hmac);
    expect(() => open(other, seal(ring1, id))).toThrow(/k1 is not in DATA_KEYS/);
    const impostor = parseKeyring(newKeyEntry("k1"), hmac);
    expect(() => open(impostor, seal(ring1, id))).toThrow();
  });
  it("rotates: a new first key seals, the old one still opens, and re-sealing moves the value", () => {
    const rotated = parseKeyring(`${k2},${k1}`, hmac);
    const old = seal(ring1, id);
    expect(open(rotated, old)).toBe(id);
    const moved = seal(rotated, open(rotated, old));
    expect(sealedKeyId(moved)).toBe("k2");
    expect(open(parseKeyring(k2, hmac), moved)).toBe(id);
  });
  it("refuses clear text where a sealed value is expected", () => {
    expect(() => open(ring1, id)).toThrow(/not a sealed value/);
  });
  it("hashes for lookup with a key, per field", () => {
    const h = lookupHash(ring1, "idNumber", id);
    expect(h).toBe(lookupHash(parseKeyring(k2, hmac), "idNumber", id));
    expect(h).not.toBe(lookupHash(ring1, "bankCard", id));
    expect(h).not.toBe(lookupHash(parseKeyring(k1, crypto.randomBytes(32).toString("base64")), "idNumber", id));
    expect(h).not.toContain(id);
  });
  it("refuses short or malformed keys", () => {
    expect(() => parseKeyring("k1:" + Buffer.alloc(16).toString("base64"), hmac)).toThrow(/32 bytes/);
    expect(() => parseKeyring("nokey", hmac)).toThrow();
    expect(() => parseKeyring(k1, "")).toThrow(/DATA_HMAC_KEY/);
    expect(() => parseKeyring(`${k1},${k1}`, hmac)).toThrow(/duplicate/);
  });
});
