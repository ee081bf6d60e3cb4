// The admin's audit log search: admins only, filters combine, pages by keyset without gaps or repeats, personal
// values masked, and every search leaves its own audit row.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { recordAudit } from "./record-audit";
import { AUDIT_PAGE_SIZE, AuditSearchForbidden, searchAuditLog } from "./search-audit-log";

const admin = { id: "admin-1", role: "admin" as const };

describe("searching the audit log", () => {
  it("is refused to a clerk (and to a resident), leaving no search row", async () => {
    await expect(searchAuditLog({ id: "clerk-1", role: "clerk" }, { filters: {} })).rejects.toThrow(
      AuditSearchForbidden,
    );
    await expect(searchAuditLog({ id: "res-1", role: "resident" }, { filters: {} })).rejects.toThrow(
      AuditSearchForbidden,
    );
    expect(await db.auditLog.count({ where: { action: "audit.searched" } })).toBe(0);
  });

  it("filters by action, actor and subject, and masks personal values", async () => {
    await recordAudit({
      action: "auth.sign_in_failed",
      payload: { audience: "resident", login: "13800138000", reason: "invalid" },
      ip: "198.51.100.23",
    });
    await recordAudit({
      action: "profile.reveal",
      payload: { field: "idNumber", reason: "核对身份信息" },
      actor: { id: "clerk-7", role: "clerk" },
      subject: { type: "profile", id: "res-9" },
    });
    await recordAudit({
      action: "profile.correction_requested",
      payload: { text: "我的户籍地址写错了" },
      subject: { type: "profile", id: "res-7" },
    });
    await recordAudit({
      action: "profile.view",
      payload: { masked: true },
      actor: { id: "clerk-7", role: "clerk" },
      subject: { type: "profile", id: "res-8" },
    });

    const failed = await searchAuditLog(admin, { filters: { action: "auth.sign_in_failed" } });
    expect(failed.lines).toHaveLength(1);
    expect(failed.lines[0]).toMatchObject({ ip: "198.51.100.*" });
    expect(failed.lines[0]!.details).toContainEqual(["login", "138****8000"]);

    const byClerk = await searchAuditLog(admin, { filters: { actorId: "clerk-7" } });
    expect(byClerk.lines.map((l) => l.action)).toEqual(["profile.view", "profile.reveal"]);
    const reveal = await searchAuditLog(admin, { filters: { actorId: "clerk-7", subject: "profile:res-9" } });
    expect(reveal.lines).toHaveLength(1);
    expect(reveal.lines[0]!.details).toContainEqual(["reason", "核对身份信息"]);
    expect(await searchAuditLog(admin, { filters: { subject: "upload:res-9" } })).toMatchObject({ lines: [] });
    const correction = await searchAuditLog(admin, { filters: { subject: "res-7" } });
    expect(correction.lines[0]!.details).toEqual([["text", "… (9)"]]);
  });

  it("filters by date range (calendar days in Asia/Shanghai, both ends included)", async () => {
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    const hit = await searchAuditLog(admin, { filters: { action: "profile.view", from: today, to: today } });
    expect(hit.lines).toHaveLength(1);
    const miss = await searchAuditLog(admin, { filters: { action: "profile.view", to: "2020-01-01" } });
    expect(miss.lines).toHaveLength(0);
  });

  it("refuses a filter that is not one (an unknown action, a malformed date)", async () => {
    await expect(searchAuditLog(admin, { filters: { action: "drop table" } })).rejects.toThrow();
    await expect(searchAuditLog(admin, { filters: { action: "constructor" } })).rejects.toThrow();
    await expect(searchAuditLog(admin, { filters: { from: "yesterday" } })).rejects.toThrow();
  });

  it("pages newest first by keyset, without gaps or repeats", async () => {
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++)
      await recordAudit({ action: "auth.sign_out", payload: {}, actor: { id: "pager", role: "resident" } });
    const first = await searchAuditLog(admin, { filters: { actorId: "pager" } });
    expect(first.lines).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await searchAuditLog(admin, { filters: { actorId: "pager" }, after: first.next! });
    expect(second).toMatchObject({ next: null });
    expect(second.lines).toHaveLength(5);
    const ids = [...first.lines, ...second.lines].map((l) => BigInt(l.id));
    expect(new Set(ids).size).toBe(AUDIT_PAGE_SIZE + 5);
    expect([...ids].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids);
  });

  it("audits each search with its filters and the admin who ran it", async () => {
    const before = await db.auditLog.count({ where: { action: "audit.searched", actorId: "admin-1" } });
    await searchAuditLog(admin, { filters: { actorId: "clerk-7" }, ip: "203.0.113.5" });
    const rows = await db.auditLog.findMany({
      where: { action: "audit.searched", actorId: "admin-1" },
      orderBy: { id: "desc" },
    });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]).toMatchObject({
      actorRole: "admin",
      ip: "203.0.113.5",
      payload: { filters: { actorId: "clerk-7" }, page: "first" },
    });
  });
});
