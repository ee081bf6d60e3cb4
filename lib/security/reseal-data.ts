// Brings every sealed field under the current key, row by row: values still in clear (rows written before sealing
// existed) are sealed and hashed, values sealed under an older key are opened and sealed again under the first key
// of DATA_KEYS. Idempotent: a row already under the current key is left alone. Run by every local start
// (scripts/prepare-database.ts) and by `npm run keys:rotate` (README: key rotation).
import type { PrismaClient } from "@/lib/db/generated/client";
import { isSealed, lookupHash, open, seal, sealedKeyId, type Keyring } from "./field-crypto";
import { sealedAnswersValue } from "@/lib/applications/sealed-answers";
import { dataKeyring, normaliseSealed, type SealedKind } from "./data-keys";

const normalise = normaliseSealed;
type Kind = SealedKind;

/** The value under the current key and its hash, or null when it already is (nothing to write). */
function reseal(ring: Keyring, kind: Kind, value: string, hash: string | null) {
  const current = ring.keys[0]!.id;
  const clear = isSealed(value) ? open(ring, value) : value;
  const wantHash = lookupHash(ring, kind, normalise[kind](clear));
  if (sealedKeyId(value) === current && hash === wantHash) return null;
  return { sealed: sealedKeyId(value) === current ? value : seal(ring, clear), hash: wantHash };
}

export type ResealCount = {
  profiles: number;
  members: number;
  applications: number;
  outbox: number;
  authenticators: number;
};

export async function resealData(db: PrismaClient, ring: Keyring = dataKeyring()): Promise<ResealCount> {
  const count: ResealCount = { profiles: 0, members: 0, applications: 0, outbox: 0, authenticators: 0 };
  const BATCH = 200;
  for (let cursor: string | undefined; ;) {
    const rows = await db.profile.findMany({
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { userId: cursor } } : {}),
      orderBy: { userId: "asc" },
      select: {
        userId: true,
        idNumber: true,
        idNumberHash: true,
        bankCard: true,
        bankCardHash: true,
        disabilityCertNumber: true,
        disabilityCertNumberHash: true,
      },
    });
    if (!rows.length) break;
    for (const row of rows) {
      const data: Record<string, string> = {};
      for (const kind of Object.keys(normalise) as Kind[]) {
        const v = row[kind];
        const r = v ? reseal(ring, kind, v, row[`${kind}Hash`]) : null;
        if (r) Object.assign(data, { [kind]: r.sealed, [`${kind}Hash`]: r.hash });
      }
      if (Object.keys(data).length) {
        await db.profile.update({ where: { userId: row.userId }, data });
        count.profiles++;
      }
    }
    cursor = rows.at(-1)!.userId;
  }
  for (let cursor: string | undefined; ;) {
    const rows = await db.householdMember.findMany({
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: "asc" },
      select: { id: true, idNumber: true, idNumberHash: true },
    });
    if (!rows.length) break;
    for (const row of rows) {
      const r = reseal(ring, "idNumber", row.idNumber, row.idNumberHash);
      if (r) {
        await db.householdMember.update({ where: { id: row.id }, data: { idNumber: r.sealed, idNumberHash: r.hash } });
        count.members++;
      }
    }
    cursor = rows.at(-1)!.id;
  }
  // Application and draft answers, sealed as one value (lib/applications/sealed-answers.ts).
  for (let cursor: string | undefined; ;) {
    const rows = await db.application.findMany({
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      orderBy: { id: "asc" },
      select: { id: true, answers: true },
    });
    if (!rows.length) break;
    for (const row of rows) {
      const sealed = sealedAnswersValue(row.answers);
      if (sealed && sealedKeyId(sealed) === ring.keys[0]!.id) continue;
      const clear = sealed ? open(ring, sealed) : JSON.stringify(row.answers ?? {});
      // Compare-and-set on the value read: a save in between keeps its own (already sealed) answers.
      await db.application.updateMany({
        where: { id: row.id, answers: { equals: row.answers ?? {} } },
        data: { answers: { $sealed: seal(ring, clear) } },
      });
      count.applications++;
    }
    cursor = rows.at(-1)!.id;
  }
  // Codes waiting in the outbox live minutes, but a rotation that retires a key must not strand them.
  for (let after = -1n; ;) {
    const waiting = await db.outboxMessage.findMany({
      where: { sealedCode: { not: null }, id: { gt: after } },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, sealedCode: true },
    });
    for (const row of waiting) {
      if (sealedKeyId(row.sealedCode!) === ring.keys[0]!.id) continue;
      await db.outboxMessage.update({
        where: { id: row.id },
        data: { sealedCode: seal(ring, open(ring, row.sealedCode!)) },
      });
      count.outbox++;
    }
    if (waiting.length < BATCH) break;
    after = waiting.at(-1)!.id;
  }
  // Staff authenticator secrets (lib/auth/second-factor): sealed like the fields above, no lookup hash.
  for (let after = ""; ;) {
    const factors = await db.staffSecondFactor.findMany({
      where: { userId: { gt: after } },
      orderBy: { userId: "asc" },
      take: BATCH,
      select: { userId: true, secret: true, pendingSecret: true },
    });
    for (const row of factors) {
      const data: { secret?: string; pendingSecret?: string } = {};
      for (const col of ["secret", "pendingSecret"] as const) {
        const v = row[col];
        if (v && sealedKeyId(v) !== ring.keys[0]!.id) data[col] = seal(ring, isSealed(v) ? open(ring, v) : v);
      }
      if (Object.keys(data).length) {
        await db.staffSecondFactor.update({ where: { userId: row.userId }, data });
        count.authenticators++;
      }
    }
    if (factors.length < BATCH) break;
    after = factors.at(-1)!.userId;
  }
  return count;
}
