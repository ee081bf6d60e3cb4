// The audit log's hash chain: every row carries the previous row's hash; writers in parallel transactions never
// fork it; and verifyAuditChain (npm run audit:verify) finds the first row someone with the owner's rights changed
// or removed behind the portal's back.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ownerQuery } from "@/lib/test-support/integration/owner-database";
import { GENESIS_HASH } from "./audit-chain";
import { recordAudit } from "./record-audit";
import { verifyAuditChain } from "./verify-audit-chain";

async function write(n: number, tag: string) {
  for (let i = 0; i < n; i++)
    await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: `${tag}-${i}`, role: "resident" } });
}

/** Runs `sql` as the owner with the append-only triggers off: what a tamperer with the owner's rights can do. */
async function tamper(sql: string) {
  await ownerQuery(`BEGIN;
    ALTER TABLE "AuditLog" DISABLE TRIGGER USER;
    ${sql};
    ALTER TABLE "AuditLog" ENABLE TRIGGER USER;
    COMMIT`);
}

describe("the audit hash chain", () => {
  it("links each row to the one before it", async () => {
    await write(3, "link");
    const rows = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, checked: rows.length, head: rows.at(-1)!.hash });
  });

  it("does not fork when many transactions append at once", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        db.$transaction(async (tx) => {
          await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: `par-${i}`, role: "resident" } }, tx);
          await recordAudit({ action: "profile.export", payload: {}, subject: { type: "profile", id: `p-${i}` } }, tx);
        }),
      ),
    );
    const rows = await db.auditLog.findMany({ select: { prevHash: true } });
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(rows.length);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("refuses a row whose prevHash is not the current head (a forked or forged append)", async () => {
    await write(1, "head");
    await expect(
      db.auditLog.create({ data: { action: "auth.sign_out", prevHash: "e".repeat(64), hash: "f".repeat(64) } }),
    ).rejects.toThrow(/not the head of the chain/);
    // Nor may a row skip the chain altogether.
    await expect(db.auditLog.create({ data: { action: "auth.sign_out" } })).rejects.toThrow(/must carry prevHash/);
  });

  it("reports the first row whose content was changed", async () => {
    await write(4, "edit");
    const rows = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    const victim = rows[rows.length - 2]!;
    await tamper(`UPDATE "AuditLog" SET "actorId" = 'someone-else' WHERE "id" = ${victim.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      broken: { id: victim.id.toString(), reason: "hash" },
    });
  });

  it("reports a removed row at the link it breaks", async () => {
    const before = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).at(-1)!;
    await tamper(`UPDATE "AuditLog" SET "actorId" = 'edit-2' WHERE "actorId" = 'someone-else'`); // undo the last test
    await write(3, "gone");
    const rows = await db.auditLog.findMany({ where: { id: { gt: before.id } }, orderBy: { id: "asc" } });
    await tamper(`DELETE FROM "AuditLog" WHERE "id" = ${rows[1]!.id}`);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      broken: { id: rows[2]!.id.toString(), reason: "link" },
    });
  });
});
