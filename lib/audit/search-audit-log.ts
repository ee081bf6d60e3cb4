// The admin's search of the audit log (管理员审计日志查询): by action, actor, subject and date range, newest first,
// paged by id (keyset: stable while new rows arrive, and cheap however deep). Only admins may search; values that
// identify a person are masked; and the search itself is audited, with its filters, in the same transaction.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { maskLogin, maskMobile } from "@/lib/format/mask";
import { auditPayloads } from "./audit-actions";
import { recordAudit } from "./record-audit";

export const AUDIT_PAGE_SIZE = 50;

export class AuditSearchForbidden extends Error {
  constructor() {
    super("only admins may search the audit log");
  }
}

const ymd = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

/** What the search form sends; empty fields mean "any". Dates are calendar days in Asia/Shanghai, both inclusive. */
export const auditSearchFilters = z.object({
  action: z
    .string()
    .refine((a) => Object.hasOwn(auditPayloads, a)) // not `in`: "constructor" is in every object
    .optional(),
  actorId: z.string().trim().min(1).max(64).optional(),
  /** A subject id, or "type:id" (e.g. profile:abc) to pin the type too. */
  subject: z.string().trim().min(1).max(100).optional(),
  from: ymd,
  to: ymd,
});
export type AuditSearchFilters = z.infer<typeof auditSearchFilters>;

export type AuditLogLine = {
  id: string;
  at: Date;
  action: string;
  actorId: string | null;
  actorRole: Role | null;
  subject: string | null;
  onBehalfOf: string | null;
  ip: string | null;
  /** Payload values as shown: personal values masked, free text withheld (its length only). */
  details: Array<[string, string]>;
};

const shanghaiMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** IPv4: the last part hidden; IPv6: the first four groups kept. Enough to tell networks apart. */
export function maskIp(ip: string): string {
  if (ip.includes(".")) return ip.replace(/\.\d+$/, ".*");
  return `${ip.split(":").slice(0, 4).join(":")}:*`;
}

/** Shows a payload without the personal data some entries carry (a typed login, mobile numbers, free text). */
export function maskedDetails(payload: unknown): Array<[string, string]> {
  if (!payload || typeof payload !== "object") return [];
  return Object.entries(payload as Record<string, unknown>).map(([key, value]): [string, string] => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    if (key === "login") return [key, maskLogin(text)];
    if ((key === "from" || key === "to") && /^\+?\d{7,}$/.test(text)) return [key, maskMobile(text)];
    // A resident's own words (a correction request) may say anything about them; a clerk's stated reason for a
    // reveal is what the auditor is there to read, so it stays.
    if (key === "text") return [key, `… (${[...text].length})`];
    return [key, text.length > 80 ? `${text.slice(0, 80)}…` : text];
  });
}

export async function searchAuditLog(
  admin: { id: string; role: Role },
  input: { filters: unknown; after?: string; ip?: string | null },
): Promise<{ lines: AuditLogLine[]; filters: AuditSearchFilters; next: string | null }> {
  if (admin.role !== "admin") throw new AuditSearchForbidden();
  const filters = auditSearchFilters.parse(input.filters);
  const after = input.after && /^\d{1,19}$/.test(input.after) ? BigInt(input.after) : undefined;
  const [type, id] = filters.subject?.includes(":") ? filters.subject.split(":", 2) : [undefined, filters.subject];
  const to = filters.to ? new Date(shanghaiMidnight(filters.to).getTime() + 86_400_000) : undefined;

  return db.$transaction(async (tx) => {
    const rows = await tx.auditLog.findMany({
      where: {
        ...(filters.action ? { action: filters.action } : {}),
        ...(filters.actorId ? { actorId: filters.actorId } : {}),
        ...(id ? { subjectId: id } : {}),
        ...(type ? { subjectType: type } : {}),
        ...(filters.from || to
          ? { at: { ...(filters.from ? { gte: shanghaiMidnight(filters.from) } : {}), ...(to ? { lt: to } : {}) } }
          : {}),
        ...(after !== undefined ? { id: { lt: after } } : {}),
      },
      orderBy: { id: "desc" },
      take: AUDIT_PAGE_SIZE + 1,
    });
    await recordAudit(
      {
        action: "audit.searched",
        payload: { filters, page: after === undefined ? "first" : "next" },
        actor: { id: admin.id, role: admin.role },
        ip: input.ip ?? null,
      },
      tx,
    );
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    return {
      filters,
      next: rows.length > AUDIT_PAGE_SIZE ? page.at(-1)!.id.toString() : null,
      lines: page.map((r) => ({
        id: r.id.toString(),
        at: r.at,
        action: r.action,
        actorId: r.actorId,
        actorRole: r.actorRole,
        subject: r.subjectId ? `${r.subjectType ?? "?"}:${r.subjectId}` : null,
        onBehalfOf: r.onBehalfOf,
        ip: r.ip ? maskIp(r.ip) : null,
        details: maskedDetails(r.payload),
      })),
    };
  });
}
