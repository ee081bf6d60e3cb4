// The portal's own database role (the one in DATABASE_URL) may append audit rows and read them, and nothing else
// there: no UPDATE, DELETE or TRUNCATE, and, not owning the table, no way to drop or disable its triggers. The
// migrations' owner role holds those rights (MIGRATION_DATABASE_URL); the portal never connects as it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAudit } from "./record-audit";

async function refused(sql: string) {
  await expect(db.$executeRawUnsafe(sql)).rejects.toThrow();
}

describe("the application's database role and the audit log", () => {
  it("is not a superuser and does not own the audit table", async () => {
    const [me] = await db.$queryRaw<{ superuser: boolean; owns: boolean }[]>`
      SELECT r.rolsuper AS superuser,
             pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE relname = 'AuditLog'), 'USAGE') AS owns
      FROM pg_roles r WHERE r.rolname = current_user`;
    expect(me).toEqual({ superuser: false, owns: false });
  });

  it("can append and read audit rows", async () => {
    await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: "app-role", role: "resident" } });
    expect(await db.auditLog.count({ where: { actorId: "app-role" } })).toBe(1);
  });

  it("cannot change, remove, or unprotect audit rows", async () => {
    await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: "kept", role: "resident" } });
    await refused(`UPDATE "AuditLog" SET "actorId" = 'someone-else'`);
    await refused(`DELETE FROM "AuditLog"`);
    await refused(`TRUNCATE "AuditLog"`);
    await refused(`DROP TRIGGER "AuditLog_append_only" ON "AuditLog"`);
    await refused(`ALTER TABLE "AuditLog" DISABLE TRIGGER ALL`);
    await refused(`DROP TABLE "AuditLog"`);
    await refused(`ALTER TABLE "AuditLog" OWNER TO current_user`);
    expect(await db.auditLog.count({ where: { actorId: "kept" } })).toBe(1);
  });

  it("can only read the archive", async () => {
    await refused(
      `INSERT INTO "AuditLogArchive" ("id", "at", "action", "prevHash", "hash") VALUES (1, now(), 'x', 'a', 'b')`,
    );
    await refused(`DELETE FROM "AuditLogArchive"`);
    await refused(`TRUNCATE "AuditLogArchive"`);
  });

  it("still does its everyday work on the other tables", async () => {
    await db.department.createMany({ data: [{ id: "role-test", nameZh: "测试", nameUg: "سىناق" }] });
    await db.department.update({ where: { id: "role-test" }, data: { nameZh: "测试二" } });
    await db.department.delete({ where: { id: "role-test" } });
  });
});
