// The one reader of process.env (besides Next.js itself and the scripts that start the portal): every setting the
// portal uses, validated with zod on first use, so a missing or malformed setting fails at once with its name
// instead of deep inside a request, and no module falls back to a built-in secret.
import { z } from "zod";

/** The value of PORTAL_FAULT_POINTS that arms the fault points: long and plain on purpose, so nobody sets it by
 * accident or copies it into a deployment thinking it harmless. */
export const FAULT_POINTS_FLAG = "test-only-kill-the-server";
const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;

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
  /** How many reverse proxies of our own stand before the portal (0: clients connect directly). The client address
   * is then that many X-Forwarded-For hops in from the right (lib/http/client-ip.ts); never more than there are. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** "1" is set by scripts/socket-address.cjs, which the portal's start scripts preload: the request header
   * x-portal-socket-address then holds the socket's peer address (any copy a client sent is removed). */
  PORTAL_SOCKET_ADDRESS: z.enum(["1"]).optional(),
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
  /**
   * Keys sealing ID numbers, bank cards and disability certificate numbers at rest: `id:base64(32 bytes)`, comma
   * separated, the first seals and all open (rotation: README). scripts/run-portal.ts makes one per data directory.
   */
  DATA_KEYS: z.string().min(1).optional(),
  /** Key (base64, 32 bytes) of the lookup hashes stored beside sealed fields. Never rotated without a re-hash. */
  DATA_HMAC_KEY: z.string().min(1).optional(),
  /** The SMS gateway (HTTP POST of {to, body}); required in production unless SMS_TRANSPORT=fake-phone. */
  SMS_GATEWAY_URL: z.string().url().optional(),
  /**
   * "fake-phone": messages go to the DevSmsMessage table (read by /dev/sms and the browser tests), never to a phone.
   * Set by scripts/run-portal.ts for development and the browser-test server only.
   */
  SMS_TRANSPORT: z.enum(["gateway", "fake-phone"]).optional(),
  /** The secret the SMS gateway signs inbound messages (replies) with: HMAC-SHA256 of the body, hex, in the header
   * X-Portal-Signature (app/api/sms/inbound/route.ts). Without it the inbound route refuses every message. */
  SMS_INBOUND_SECRET: z.string().min(32).optional(),
  /** Seconds to wait after each failed SMS try before the next, comma separated (e.g. "30,120,600,1800"); the try
   * after the last wait is the last one, then the message is "failed" and shows in the admin's "needs action" list. */
  OUTBOX_BACKOFF_SECONDS: z
    .string()
    .regex(/^\d+(,\d+)*$/, "comma-separated seconds")
    .optional(),
  /** How often (seconds) the worker looks for messages due again while its outbox job runs (default 5). */
  OUTBOX_SWEEP_SECONDS: z.coerce.number().int().min(1).max(60).default(5),
  /** "off": this process only writes data (the browser tests' data helper, a batch script) and leaves sending to the
   * worker, instead of sending after each commit: a short-lived process that exits mid-delivery would leave the
   * message leased for minutes (deliver-outbox.ts, LEASE_MS). */
  OUTBOX_AFTER_COMMIT: z.enum(["off"]).optional(),
  /** Service evaluation (lib/evaluation/evaluation-rules.ts): working days a department has to answer a bad rating. */
  RECTIFICATION_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(5),
  /** Working days after a decision without a rating, after which it counts as "satisfied by default" (shown apart). */
  DEFAULT_SATISFIED_WORKING_DAYS: z.coerce.number().int().min(1).max(60).default(5),
  /** Calendar days in which a resident may change a rating they gave. */
  EVALUATION_CHANGE_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  /** Tests only (lib/resilience/fault-point.ts): the fault point at which this server kills itself. Refused at
   * start-up (assertReadyToServe) unless PORTAL_FAULT_POINTS says the server is a test's. */
  PORTAL_FAULT_POINT: z.string().min(1).optional(),
  /** Tests only: the second key of a fault point. Only the crash-safety test harness (e2e/resilience/) sets it. */
  PORTAL_FAULT_POINTS: z.enum([FAULT_POINTS_FLAG]).optional(),
  /** How much the portal logs (lib/log/logger.ts): trace, debug, info (default), warn, error, fatal or silent. */
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  /** "1" on the browser-test server only (scripts/serve-test.ts): test accounts are seeded, and /dev/fail exists. */
  SEED_TEST_ACCOUNTS: z.string().optional(),
  /** Set by Next.js itself: "phase-production-build" while `next build` runs (no secrets are needed to build). */
  NEXT_PHASE: z.string().optional(),
});

export type Env = z.infer<typeof schema>;

const keys = Object.keys(schema.shape) as (keyof Env)[];
let last: { fingerprint: string; env: Env } | null = null;

/**
 * The validated settings, current at each call (tests and tools change them), but validated again only when one of
 * them changed: env() is called many times per request, and a zod parse of the whole set each time was a visible
 * share of a submission's CPU (bench/submission.ts profile). Reading the keys for the fingerprint is cheap.
 */
export function env(): Env {
  const fingerprint = keys.map((k) => process.env[k] ?? "\u0000").join("\u0001");
  if (last?.fingerprint === fingerprint) return last.env;
  const result = schema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid environment: ${problems}`);
  }
  // Shared by every caller until a setting changes: frozen, so no caller can change it for the others.
  last = { fingerprint, env: Object.freeze(result.data) };
  return last.env;
}

/**
 * The log level alone: the logger is created when its module loads, and a mistake in another setting must still be
 * logged (and reported by env()) rather than stop the logger. A LOG_LEVEL that is not a level fails here with its name.
 */
export function logLevel(): (typeof LOG_LEVELS)[number] {
  const result = schema.shape.LOG_LEVEL.safeParse(process.env.LOG_LEVEL || undefined);
  if (!result.success) throw new Error(`invalid environment: LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`);
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

/** How SMS leave: through the configured gateway, or (development and the browser tests) to the fake phone. */
export function smsSetting(): { kind: "gateway"; url: string } | { kind: "fake-phone" } | null {
  const e = env();
  if (e.SMS_TRANSPORT === "fake-phone") return { kind: "fake-phone" };
  if (e.SMS_GATEWAY_URL) return { kind: "gateway", url: e.SMS_GATEWAY_URL };
  // Without any setting, development and tests use the fake phone; production has no default.
  return e.NODE_ENV === "production" ? null : { kind: "fake-phone" };
}

/**
 * Called once when the server starts (instrumentation.ts): in production, every secret and the SMS transport must be
 * set, so a misconfigured portal stops at once instead of serving with a guessable key or losing codes.
 */
export function assertReadyToServe(): void {
  const e = env();
  // A fault point kills the server mid-request: never armed by one setting alone, in any mode.
  if (e.PORTAL_FAULT_POINT && !faultPointsEnabled())
    throw new Error(
      "refusing to start with PORTAL_FAULT_POINT set: fault points are for the crash-safety tests only " +
        "(they also set PORTAL_FAULT_POINTS; see lib/resilience/fault-point.ts)",
    );
  if (e.NODE_ENV !== "production" || e.NEXT_PHASE === "phase-production-build") return;
  const missing: string[] = [];
  if (!e.NEXTAUTH_SECRET) missing.push("NEXTAUTH_SECRET");
  if (!e.DATA_KEYS) missing.push("DATA_KEYS");
  if (!e.DATA_HMAC_KEY) missing.push("DATA_HMAC_KEY");
  if (!smsSetting()) missing.push("SMS_GATEWAY_URL");
  if (missing.length) throw new Error(`refusing to start in production without ${missing.join(", ")}`);
}

/** The inbound SMS secret, or null: no inbound messages are accepted without one. */
export function smsInboundSecret(): string | null {
  return env().SMS_INBOUND_SECRET ?? null;
}

/** Whether fault points may fire: only in a server the crash-safety tests started (both settings present). */
export function faultPointsEnabled(): boolean {
  const e = env();
  return e.PORTAL_FAULT_POINTS === FAULT_POINTS_FLAG && Boolean(e.PORTAL_FAULT_POINT);
}

export const isDevelopment = () => env().NODE_ENV === "development";

/** The browser-test server (scripts/serve-test.ts): pages that exist only for the browser tests check this. */
export const isBrowserTestServer = () => env().SEED_TEST_ACCOUNTS === "1";
