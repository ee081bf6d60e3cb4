// The audit log: every entry's payload is checked against its action's schema before it is written, an entry can
// share the transaction of the change it records, and the table refuses UPDATE, DELETE and TRUNCATE (the portal's
// role has no such rights, and a trigger refuses them to the owner too). The chain: verify-audit-chain.int.test.ts.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuditPayload } from "./audit-actions";
import { recordAudit } from "./record-audit";

describe("recordAudit", () => {
  it("appends one row with actor, subject, on-behalf and address", async () => {
    await recordAudit({
      action: "profile.reveal",
      payload: { field: "idNumber", reason: "核对身份" },
      actor: { id: "clerk-1", role: "clerk" },
      subject: { type: "profile", id: "res-1" },
      onBehalfOf: "res-1",
      ip: "192.0.2.1",
    });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "profile.reveal" } })).toMatchObject({
      actorId: "clerk-1",
      actorRole: "clerk",
      subjectType: "profile",
      subjectId: "res-1",
      onBehalfOf: "res-1",
      ip: "192.0.2.1",
      payload: { field: "idNumber", reason: "核对身份" },
    });
  });

  it("refuses a payload its action does not allow, writing nothing", async () => {
    const before = await db.auditLog.count();
    const bad = { field: "idNumber", reason: "x" } as AuditPayload<"profile.reveal">; // reason too short
    await expect(recordAudit({ action: "profile.reveal", payload: bad })).rejects.toThrow();
    expect(await db.auditLog.count()).toBe(before);
  });

  it("rolls back with the change it records", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(
          { action: "profile.export", payload: {}, subject: { type: "profile", id: "rolled-back" } },
          tx,
        );
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await db.auditLog.count({ where: { subjectId: "rolled-back" } })).toBe(0);
  });

  it("cannot be changed or deleted afterwards, not even with raw SQL", async () => {
    await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: "someone", role: "resident" } });
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "actorId" = 'someone-else'`).rejects.toThrow();
    await expect(db.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow();
    await expect(db.$executeRaw`TRUNCATE "AuditLog"`).rejects.toThrow();
    expect(await db.auditLog.count({ where: { actorId: "someone" } })).toBe(1);
  });
});
