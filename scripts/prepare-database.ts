// One routine for every start: decide the database (embedded or DATABASE_URL), start it if embedded, apply
// migrations, and load demo data where that is allowed. Used by `npm run dev` and by the browser-test server.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { planDatabase, type DatabasePlan } from "../lib/db/database-plan";
import { isReachableByOthers } from "../lib/db/fs-reachability";
import { enableAppRoleLogin, startEmbeddedServer, type EmbeddedServer } from "../lib/db/embedded-server";

export const projectDir = path.resolve(__dirname, "..");

function runNode(args: string[], env: NodeJS.ProcessEnv, what: string) {
  const r = spawnSync(process.execPath, args, { cwd: projectDir, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

/** `plan`: a database other than the profile's own (the crash-safety tests' cluster, e2e/resilience/). */
export async function prepareDatabase(opts: { profile: "dev" | "test"; fresh?: boolean; plan?: DatabasePlan }) {
  const plan =
    opts.plan ??
    planDatabase({
      env: process.env,
      projectDir,
      tmpDir: os.tmpdir(),
      profile: opts.profile,
      isReachableByOthers,
    });
  let server: EmbeddedServer | undefined;
  if (plan.kind === "embedded") server = await startEmbeddedServer(plan, { fresh: opts.fresh });
  else console.log("[db] DATABASE_URL is set: using that server, nothing embedded starts");
  if (plan.kind === "external" && plan.migrationUrl === plan.url)
    console.warn(
      "[db] MIGRATION_DATABASE_URL is not set: migrating as the portal's own role. The portal must not own the tables " +
        "(it could then drop the audit log's protection): see README, Database roles.",
    );

  // Migrations and demo data as the owner of the tables; the portal itself then connects as its own role.
  const env = { ...process.env, DATABASE_URL: plan.migrationUrl, MIGRATION_DATABASE_URL: plan.migrationUrl };
  try {
    runNode(
      [
        "--require",
        path.join(projectDir, "scripts/unref-long-timers.cjs"),
        path.join(projectDir, "node_modules/prisma/build/index.js"),
        "migrate",
        "deploy",
      ],
      env,
      "prisma migrate deploy",
    );
    // The background-job queue's own schema (pg-boss), installed by the owner like the tables.
    runNode(
      [path.join(projectDir, "node_modules/tsx/dist/cli.mjs"), path.join(projectDir, "scripts/install-jobs.ts")],
      env,
      "installing the job queue",
    );
    if (plan.kind === "embedded") await enableAppRoleLogin(plan.migrationUrl);
    // Sensitive fields written in clear before sealing existed (or under a retired key) are sealed now.
    runNode(
      [path.join(projectDir, "node_modules/tsx/dist/cli.mjs"), path.join(projectDir, "scripts/reseal-data.ts")],
      env,
      "sealing sensitive fields",
    );
    if (process.env.NODE_ENV !== "production") {
      runNode(
        [path.join(projectDir, "node_modules/tsx/dist/cli.mjs"), path.join(projectDir, "prisma/seed.ts")],
        env,
        "demo data",
      );
    }
  } catch (e) {
    await server?.stop();
    throw e;
  }
  return {
    url: plan.url,
    migrationUrl: plan.migrationUrl,
    stop: async () => {
      await server?.stop();
    },
  };
}
