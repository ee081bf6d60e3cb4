// Applies Prisma migrations to a database for a restore: all of this code's, or only the first ones (those a backup
// was made under), through the same CLI invocation as scripts/prepare-database.ts. The subset is laid out in a
// temporary folder and named by PORTAL_MIGRATIONS_DIR (prisma.config.ts), so the project's folder is never touched.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const projectDir = path.resolve(__dirname, "../..");
const migrationsDir = path.join(projectDir, "prisma", "migrations");

/** This code's migrations, oldest first, with the checksum Prisma records for each (SHA-256 of migration.sql). */
export function localMigrations(): Array<{ name: string; checksum: string }> {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(migrationsDir, e.name, "migration.sql")))
    .map((e) => e.name)
    .sort()
    .map((name) => ({
      name,
      checksum: createHash("sha256")
        .update(fs.readFileSync(path.join(migrationsDir, name, "migration.sql")))
        .digest("hex"),
    }));
}

function deploy(ownerUrl: string, dir?: string): Promise<void> {
  const args = [
    "--require",
    path.join(projectDir, "scripts/unref-long-timers.cjs"),
    path.join(projectDir, "node_modules/prisma/build/index.js"),
    "migrate",
    "deploy",
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: ownerUrl, MIGRATION_DATABASE_URL: ownerUrl };
  if (dir) env.PORTAL_MIGRATIONS_DIR = dir;
  else delete env.PORTAL_MIGRATIONS_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectDir, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`)),
    );
  });
}

/** Applies `names` (the first migrations of this code, in order), or every migration when `names` is all of them. */
export async function migrateTo(ownerUrl: string, names: string[]): Promise<void> {
  const all = localMigrations().map((m) => m.name);
  if (names.length === all.length) return deploy(ownerUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-restore-migrations-"));
  try {
    fs.copyFileSync(path.join(migrationsDir, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
    for (const name of names) fs.cpSync(path.join(migrationsDir, name), path.join(dir, name), { recursive: true });
    await deploy(ownerUrl, dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Applies every migration of this code (after a restore of a backup made under fewer). */
export function migrateAll(ownerUrl: string): Promise<void> {
  return deploy(ownerUrl);
}
