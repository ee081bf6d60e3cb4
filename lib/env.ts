// The one reader of process.env (besides Next.js itself and the scripts that start the portal): every setting the
// portal uses, validated with zod on first use, so a missing or malformed setting fails at once with its name
// instead of deep inside a request, and no module falls back to a built-in secret.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by scripts/run-portal.ts for the embedded PostgreSQL, or by the operator. */
  DATABASE_URL: z.string().min(1).optional(),
  /** The role that owns the tables, for migrations and audit:archive only; the portal never connects with it. */
  MIGRATION_DATABASE_URL: z.string().min(1).optional(),
  /** Where npm run audit:export appends the audit log as JSON lines: a copy outside the database. */
  AUDIT_EXPORT_DIR: z.string().min(1).optional(),
  /** Months audit rows stay in the live table before audit:archive moves them; at least 6 (Cybersecurity Law art. 21). */
  AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(6).default(12),
  /** Signs sessions, one-time codes and tracking results. scripts/run-portal.ts makes one per data directory. */
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** "1" behind the city's reverse proxy: the client address is then read from X-Forwarded-For. */
  TRUST_PROXY: z.enum(["0", "1"]).optional(),
  UPLOAD_DIR: z.string().min(1).optional(),
  /** The portal's public address, printed in QR codes on receipts and hand-off slips. Required in production
   * (publicBaseUrl); in development NEXTAUTH_URL, else the request's own Host, stands in. */
  PUBLIC_BASE_URL: z.string().url().optional(),
  /** host:port of a ClamAV daemon that scans every upload (INSTREAM); see lib/security/virus-scan.ts. */
  CLAMD_ADDRESS: z
    .string()
    .regex(/^(\[[0-9a-f:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, "host:port")
    .optional(),
  /** "off": store uploads unscanned. Needed in production without CLAMD_ADDRESS, which otherwise refuses uploads. */
  VIRUS_SCAN: z.enum(["off"]).optional(),
});

export type Env = z.infer<typeof schema>;

/** The validated settings, read at each call (a handful of keys: cheap; tests and tools may change them). */
export function env(): Env {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid environment: ${problems}`);
  }
  return result.data;
}

/** The signing secret; there is no default, so a portal started without one refuses to sign anything. */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm run dev sets one for the embedded database)");
  return secret;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm run dev sets it for the embedded database)");
  return url;
}

/**
 * The address printed in QR codes. Never taken from X-Forwarded-Host: a client could make a receipt point anywhere.
 * In production it must be set; elsewhere the configured origin, or undefined (the caller then uses its own Host).
 */
export function publicBaseUrl(): string | undefined {
  const e = env();
  if (e.PUBLIC_BASE_URL) return e.PUBLIC_BASE_URL;
  if (e.NODE_ENV === "production")
    throw new Error("PUBLIC_BASE_URL is not set (required in production: the address printed in QR codes)");
  return e.NEXTAUTH_URL;
}

export const isDevelopment = () => env().NODE_ENV === "development";
