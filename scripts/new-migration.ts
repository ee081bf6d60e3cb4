// Authors a migration by diffing the committed schema against the working one (`migrate dev` is unreliable on the
// JavaScript engine path, STACK.md). Usage: npm run db:new-migration -- add_applications
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_");
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const root = path.resolve(__dirname, "..");
const migrations = path.join(root, "prisma/migrations");
const hasPrevious = fs.readdirSync(migrations).some((d) => /^\d/.test(d));
const args = ["migrate", "diff", "--to-schema-datamodel", "prisma/schema.prisma", "--script"];
if (hasPrevious) {
  const previous = path.join(os.tmpdir(), `schema-head-${process.pid}.prisma`);
  fs.writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root }));
  args.splice(2, 0, "--from-schema-datamodel", previous);
} else {
  args.splice(2, 0, "--from-empty");
}
const r = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), ...args], {
  cwd: root,
  encoding: "utf8",
});
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(r.status ?? 1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrations, `${stamp}_${name}`);
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, "migration.sql"), r.stdout);
console.log(`wrote ${path.relative(root, dir)}/migration.sql — review it, then commit it with the schema`);
