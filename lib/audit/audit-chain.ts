// The hash chain of the audit log, as pure functions so the writer (record-audit.ts), the checker
// (verify-audit-chain.ts) and the export compute it the same way. Each row's hash covers its own fields and the hash
// of the row before it: changing, removing or reordering any row breaks every link after it, and the head hash
// (kept in the export outside the database) pins the whole history.
import { createHash } from "node:crypto";

/** The prevHash of the first chained row. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * The advisory lock every audit append holds until its transaction ends (writer and insert trigger), so two
 * transactions never read the same head and fork the chain. A fixed, arbitrary key; nothing else uses it.
 */
export const AUDIT_CHAIN_LOCK = 72041180011;

/** The fields a row's hash covers: everything an auditor reads, except the database-assigned id. */
export type ChainedFields = {
  at: Date;
  action: string;
  actorId: string | null;
  actorRole: string | null;
  subjectType: string | null;
  subjectId: string | null;
  onBehalfOf: string | null;
  ip: string | null;
  payload: unknown;
};

/** JSON with object keys sorted at every depth: the payload comes back from jsonb in another key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** SHA-256 (hex) over the canonical serialization of the row's fields and the previous row's hash. */
export function auditRowHash(fields: ChainedFields, prevHash: string): string {
  const body = canonicalJson({
    v: 1,
    at: fields.at.toISOString(),
    action: fields.action,
    actorId: fields.actorId,
    actorRole: fields.actorRole,
    subjectType: fields.subjectType,
    subjectId: fields.subjectId,
    onBehalfOf: fields.onBehalfOf,
    ip: fields.ip,
    payload: fields.payload ?? null,
    prevHash,
  });
  return createHash("sha256").update(body, "utf8").digest("hex");
}
