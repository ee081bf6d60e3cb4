// Where the integration tests' own PostgreSQL lives. Derived from the portal's database plan (lib/db/database-plan.ts)
// so that the rule for a project folder the postgres system user cannot reach (fall back to the temp folder) is
// the same one, but with its own folder and port: an `npm run dev` or a browser-test server may run at the same time.
import os from "node:os";
import path from "node:path";
import { APP_ROLE, EMBEDDED_PASSWORD, EMBEDDED_USER, planDatabase, type DatabasePlan } from "@/lib/db/database-plan";
import { isReachableByOthers } from "@/lib/db/fs-reachability";

export const IT_DEFAULT_PORT = 54339;
export const IT_FOLDER = "postgres-it";
/** The password global-setup gives the portal_app role on the test server (also on a shared CI server). */
export const IT_APP_PASSWORD = "portal-it-app";

export type ItServerPlan = Extract<DatabasePlan, { kind: "embedded" }>;

/** The embedded server for this run; `database` is the template every test file copies. */
export function planItServer(
  projectDir: string,
  env: Record<string, string | undefined>,
  templateName: string,
): ItServerPlan {
  const portEnv = env.IT_PG_PORT;
  const port = portEnv && /^\d+$/.test(portEnv) ? Number(portEnv) : IT_DEFAULT_PORT;
  // DATABASE_URL is left out on purpose: it names the application's database, never the test server.
  const base = planDatabase({
    env: { TEST_PG_PORT: String(port) },
    projectDir,
    tmpDir: os.tmpdir(),
    profile: "test",
    isReachableByOthers,
  });
  if (base.kind !== "embedded") throw new Error("unreachable: the integration plan always embeds");
  const dataDir = path.join(path.dirname(base.dataDir), IT_FOLDER);
  return {
    ...base,
    dataDir,
    database: templateName,
    url: serverUrl(port, templateName),
    migrationUrl: serverUrl(port, templateName),
    note: base.note
      ? `integration tests: the project folder is not reachable by the postgres system user; data kept in ${dataDir}`
      : undefined,
  };
}

export function serverUrl(port: number, database: string): string {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The same server and database, as the portal's own role (portal_app; see global-setup.ts). */
export function asAppRole(url: string): string {
  const u = new URL(url);
  u.username = APP_ROLE;
  u.password = IT_APP_PASSWORD;
  return u.toString();
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
