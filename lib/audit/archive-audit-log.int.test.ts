// Retention: rows older than the retention period move to the archive, unchanged, never deleted without it; the
// chain still verifies across the boundary; the move is audited; the portal's own role cannot do it; and less than
// six months (Cybersecurity Law art. 21) is refused.
import { afterAll, describe, expect, it, vi } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { db } from "@/lib/db/client";
import { PrismaClient } from "@/lib/db/generated/client";
import { testDatabase } from "@/lib/test-support/integration/test-database";
import { archiveAuditLog, retentionCutoff } from "./archive-audit-log";
import { recordAudit } from "./record-audit";
import { verifyAuditChain } from "./verify-audit-chain";

const owner = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabase().ownerUrl, max: 2 }) });
afterAll(() => owner.$disconnect());

const now = new Date("2027-12-15T00:00:00Z");

/** Writes an audit row as if at `at` (only Date is faked: timers and the database run as usual). */
async function writeAt(at: string, tag: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(at));
  try {
    await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: tag, role: "resident" } });
  } finally {
    vi.useRealTimers();
  }
}

describe("archiving the audit log after the retention period", () => {
  it("refuses a retention shorter than six months", () => {
    expect(() => retentionCutoff(now, 5)).toThrow(/at least 6 months/);
    expect(retentionCutoff(now, 6).toISOString()).toBe("2027-06-15T00:00:00.000Z");
  });

  it("is refused to the portal's own role", async () => {
    await writeAt("2026-01-01T00:00:00Z", "old-0");
    await expect(archiveAuditLog(db, { now, retentionMonths: 12 })).rejects.toThrow();
    expect(await db.auditLog.count({ where: { actorId: "old-0" } })).toBe(1);
  });

  it("moves the old rows to the archive unchanged, keeps the rest, and the chain still verifies", async () => {
    await writeAt("2026-06-01T00:00:00Z", "old-1");
    await writeAt("2026-11-30T00:00:00Z", "old-2");
    await writeAt("2027-01-10T00:00:00Z", "new-1");
    await writeAt("2027-12-01T00:00:00Z", "new-2");
    const old = await db.auditLog.findMany({ where: { actorId: { startsWith: "old-" } }, orderBy: { id: "asc" } });

    const result = await archiveAuditLog(owner, { now, retentionMonths: 12 });
    expect(result).toMatchObject({ archived: 3, throughId: old.at(-1)!.id.toString(), throughHash: old.at(-1)!.hash });

    const archived = await db.auditLogArchive.findMany({ orderBy: { id: "asc" } });
    expect(archived.map((row) => ({ ...row, archivedAt: undefined }))).toEqual(
      old.map((row) => ({ ...row, archivedAt: undefined })),
    );
    expect(await db.auditLog.count({ where: { actorId: { startsWith: "old-" } } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: { startsWith: "new-" } } })).toBe(2);
    const report = await verifyAuditChain(db);
    expect(report).toMatchObject({ ok: true, checked: 6 }); // 3 archived, 2 live, 1 "audit.archived"
  });

  it("records the move itself, with the hash of the last row moved", async () => {
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "audit.archived" } });
    expect(entry.payload).toMatchObject({ count: 3, before: "2026-12-15T00:00:00.000Z" });
  });

  it("archives nothing when nothing is old enough, and the archive is permanent", async () => {
    expect(await archiveAuditLog(owner, { now, retentionMonths: 12 })).toMatchObject({ archived: 0 });
    await expect(owner.$executeRawUnsafe(`DELETE FROM "AuditLogArchive"`)).rejects.toThrow(/permanent/);
    // Even the owner cannot simply delete a live row: only one already copied, by the archive step.
    await expect(owner.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
  });

  it("keeps the chain going when everything has been archived", async () => {
    await archiveAuditLog(owner, { now: new Date("2030-01-01T00:00:00Z"), retentionMonths: 6 });
    await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: "after", role: "resident" } });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
