// The profile fields kept sealed at rest: ID numbers (the resident's and household members'), bank cards and
// disability certificate numbers. In the database each is AES-GCM ciphertext (lib/security/field-crypto.ts) with a
// keyed hash of its normalised value beside it (…Hash), and the unique index on the ID number is on the hash. This
// module is the one place that seals on write, opens on read, and turns "the profile with this ID number" into a
// lookup by hash: every use case goes through it, so the clear value exists only in memory.
import { fieldHash, normaliseSealed, openField, sealField, type SealedKind } from "@/lib/security/data-keys";

const normalise = normaliseSealed;
type Kind = SealedKind;
const kinds = Object.keys(normalise) as Kind[];

/** The lookup hash of an ID number as typed (spaces and a lower-case x are forgiven, as everywhere). */
export const idNumberHash = (idNumber: string) => fieldHash("idNumber", normalise.idNumber(idNumber));

/** `where` of the profile holding an ID number. */
export const profileWithIdNumber = (idNumber: string) => ({ idNumberHash: idNumberHash(idNumber) });

type Sealable = { [K in Kind]?: string | null };
type SealedColumns = { [K in Kind as `${K}Hash`]?: string | null };

/**
 * Profile data ready for the database: each sealed field present in `values` (a string, or null to clear it) is
 * replaced by its ciphertext, with its hash beside it. Other fields pass through.
 */
export function sealProfileData<T extends Record<string, unknown>>(values: T): T & SealedColumns {
  const out: Record<string, unknown> = { ...values };
  for (const kind of kinds) {
    if (!(kind in values)) continue;
    const v = values[kind];
    if (typeof v === "string" && v !== "") {
      out[kind] = sealField(v);
      out[`${kind}Hash`] = fieldHash(kind, normalise[kind](v));
    } else {
      out[kind] = null;
      out[`${kind}Hash`] = null;
    }
  }
  return out as T & SealedColumns;
}

/** A profile row as read, with its sealed fields opened (only the ones selected). */
export function openProfile<T extends Sealable>(row: T): T;
export function openProfile<T extends Sealable>(row: T | null | undefined): T | null | undefined;
export function openProfile<T extends Sealable>(row: T | null | undefined): T | null | undefined {
  if (!row) return row;
  const out: Record<string, unknown> = { ...row };
  for (const kind of kinds) {
    const v = row[kind];
    if (typeof v === "string") out[kind] = openField(v);
  }
  return out as T;
}

/** A household member ready for the database. */
export function sealMember<T extends { idNumber: string }>(m: T): T & { idNumberHash: string } {
  return { ...m, idNumber: sealField(m.idNumber), idNumberHash: idNumberHash(m.idNumber) };
}

/** A household member as read, its ID number opened. */
export function openMember<T extends { idNumber: string }>(m: T): T {
  return { ...m, idNumber: openField(m.idNumber) };
}
