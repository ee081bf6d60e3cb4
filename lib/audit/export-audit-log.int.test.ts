// The copy outside the database: audit rows appended as JSON lines with their hashes, only the new ones each run,
// and a run that finds the database no longer continuing the exported chain refuses and says so.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ownerQuery } from "@/lib/test-support/integration/owner-database";
import { exportAuditLog, readExportState } from "./export-audit-log";
import { recordAudit } from "./record-audit";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-export-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const lines = () =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").trim().split("\n"))
    .map((l) => JSON.parse(l) as { id: string; hash: string; prevHash: string; actorId: string });

async function write(tag: string) {
  await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: tag, role: "resident" } });
}

describe("exporting the audit log", () => {
  it("appends every row with its hash, and only new rows the next time", async () => {
    await write("e-1");
    await write("e-2");
    expect(await exportAuditLog(db, dir)).toMatchObject({ exported: 2 });
    await write("e-3");
    const result = await exportAuditLog(db, dir);
    expect(result.exported).toBe(1);
    const exported = lines();
    expect(exported.map((l) => l.actorId)).toEqual(["e-1", "e-2", "e-3"]);
    expect(exported[1]!.prevHash).toBe(exported[0]!.hash);
    const head = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(result.head).toBe(head.hash);
    expect(readExportState(dir)).toMatchObject({ lastId: head.id.toString(), lastHash: head.hash });
    expect(await exportAuditLog(db, dir)).toMatchObject({ exported: 0 });
  });

  it("refuses when the last exported row was changed or removed in the database", async () => {
    const last = await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } });
    await ownerQuery(`BEGIN; ALTER TABLE "AuditLog" DISABLE TRIGGER USER;
      DELETE FROM "AuditLog" WHERE "id" = ${last.id};
      ALTER TABLE "AuditLog" ENABLE TRIGGER USER; COMMIT`);
    await expect(exportAuditLog(db, dir)).rejects.toThrow(/tampered/);
    expect(lines()).toHaveLength(3); // the outside copy keeps what it had
  });
});
