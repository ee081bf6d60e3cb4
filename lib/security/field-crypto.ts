// Encryption of sensitive fields at rest (ID numbers, bank cards, disability certificate numbers, one-time codes
// waiting in the outbox). AES-256-GCM with a random 12-byte IV; the authentication tag makes any change to a stored
// value (or a value moved from another key) fail loudly instead of decrypting to garbage. Each value carries the id
// of the key that sealed it, so keys can be rotated row by row (scripts/rotate-data-keys.ts): the first key in
// DATA_KEYS seals, every listed key opens.
// Exact lookup (the window finds a resident by ID number) cannot search ciphertext, so a keyed hash (HMAC-SHA-256
// under DATA_HMAC_KEY, a separate key) of the normalised value is stored beside it and indexed.
// Pure apart from reading the keys: the functions taking a keyring are the tested core.
import crypto from "node:crypto";

export type DataKey = { id: string; key: Buffer };
export type Keyring = { keys: DataKey[]; hmacKey: Buffer };

const VERSION = "v1";
const b64 = (b: Buffer) => b.toString("base64url");
const unb64 = (s: string) => Buffer.from(s, "base64url");

/**
 * Parses DATA_KEYS ("id:base64key,id:base64key", the first seals) and DATA_HMAC_KEY (base64). Every key must be
 * exactly 32 bytes: a short key would silently weaken AES-256.
 */
export function parseKeyring(dataKeys: string, hmacKey: string): Keyring {
  const keys = dataKeys
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const at = entry.indexOf(":");
      const id = entry.slice(0, at);
      const key = Buffer.from(entry.slice(at + 1), "base64");
      if (at <= 0 || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new Error("DATA_KEYS: each entry is <id>:<base64 key>");
      if (key.length !== 32) throw new Error(`DATA_KEYS: key ${id} is not 32 bytes`);
      return { id, key };
    });
  if (keys.length === 0) throw new Error("DATA_KEYS: no key");
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error("DATA_KEYS: duplicate key id");
  const hmac = Buffer.from(hmacKey, "base64");
  if (hmac.length !== 32) throw new Error("DATA_HMAC_KEY is not 32 bytes");
  return { keys, hmacKey: hmac };
}

/** A fresh key entry for DATA_KEYS (used by the start script and the rotation instructions). */
export function newKeyEntry(id: string): string {
  return `${id}:${crypto.randomBytes(32).toString("base64")}`;
}

export function seal(ring: Keyring, plain: string): string {
  const current = ring.keys[0]!;
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", current.key, iv);
  // The key id and version are authenticated too: a value cannot be relabelled to another key.
  cipher.setAAD(Buffer.from(`${VERSION}:${current.id}`));
  const ct = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, current.id, b64(iv), b64(cipher.getAuthTag()), b64(ct)].join(":");
}

export function isSealed(value: string): boolean {
  return /^v1:[A-Za-z0-9_-]{1,32}:[A-Za-z0-9_-]+:[A-Za-z0-9_-]+:[A-Za-z0-9_-]*$/.test(value);
}

/** The id of the key that sealed a value (rotation re-seals the values not under the current key). */
export function sealedKeyId(value: string): string | null {
  return isSealed(value) ? value.split(":")[1]! : null;
}

export function open(ring: Keyring, sealed: string): string {
  if (!isSealed(sealed)) throw new Error("field-crypto: not a sealed value");
  const [version, id, iv, tag, ct] = sealed.split(":") as [string, string, string, string, string];
  const key = ring.keys.find((k) => k.id === id);
  if (!key) throw new Error(`field-crypto: key ${id} is not in DATA_KEYS`);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key.key, unb64(iv));
  decipher.setAAD(Buffer.from(`${version}:${id}`));
  decipher.setAuthTag(unb64(tag));
  return Buffer.concat([decipher.update(unb64(ct)), decipher.final()]).toString("utf8");
}

/** Keyed hash for exact lookup; `kind` separates the fields, so equal strings in two fields hash apart. */
export function lookupHash(ring: Keyring, kind: string, normalised: string): string {
  return crypto.createHmac("sha256", ring.hmacKey).update(`${kind}\u0000${normalised}`).digest("base64url");
}
