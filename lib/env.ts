// The one reader of process.env (besides Next.js itself and the scripts that start the portal): every setting the
// portal uses, validated with zod on first use, so a missing or malformed setting fails at once with its name
// instead of deep inside a request, and no module falls back to a built-in secret.
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set by scripts/run-portal.ts for the embedded PostgreSQL, or by the operator. */
  DATABASE_URL: z.string().min(1).optional(),
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
  /** The address printed in QR codes on paper receipts; else the request's own host. */
  PUBLIC_BASE_URL: z.string().url().optional(),
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

export const isDevelopment = () => env().NODE_ENV === "development";
