// The keyring of field encryption, read from the settings (lib/env.ts). No key is built in: without DATA_KEYS and
// DATA_HMAC_KEY, reading or writing a sealed field fails with the names of the missing settings.
import { env } from "@/lib/env";
import { normalizeIdNumber } from "@/lib/validators/id-number";
import { lookupHash, open, parseKeyring, seal, type Keyring } from "./field-crypto";

let cache: { source: string; ring: Keyring } | null = null;

export function dataKeyring(): Keyring {
  const { DATA_KEYS, DATA_HMAC_KEY } = env();
  if (!DATA_KEYS || !DATA_HMAC_KEY)
    throw new Error("DATA_KEYS and DATA_HMAC_KEY are not set (npm run dev sets them for the embedded database)");
  const source = `${DATA_KEYS}|${DATA_HMAC_KEY}`;
  if (cache?.source !== source) cache = { source, ring: parseKeyring(DATA_KEYS, DATA_HMAC_KEY) };
  return cache.ring;
}

export const sealField = (plain: string) => seal(dataKeyring(), plain);
export const openField = (sealed: string) => open(dataKeyring(), sealed);
export const fieldHash = (kind: SealedKind, normalised: string) => lookupHash(dataKeyring(), kind, normalised);

/** The fields sealed at rest, each with its lookup hash of the value normalised as here (spaces, case). */
export const normaliseSealed = {
  idNumber: normalizeIdNumber,
  bankCard: (v: string) => v.replace(/[\s-]+/g, ""),
  disabilityCertNumber: (v: string) => v.replace(/\s+/g, "").toUpperCase(),
} as const;
export type SealedKind = keyof typeof normaliseSealed;
