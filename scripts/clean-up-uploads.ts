// `npm run uploads:cleanup`: deletes stored files no application needs any more (lib/applications/uploads/
// clean-up-uploads.ts says which). Safe to run at any time and as often as wanted (e.g. nightly from cron) until
// background jobs arrive. Uses DATABASE_URL, else the development database of `npm run dev` (which must be running).
// Run with the react-server condition (package.json), under which `import "server-only"` is an empty module.
import os from "node:os";
import path from "node:path";
import { planDatabase } from "../lib/db/database-plan";
import { isReachableByOthers } from "../lib/db/fs-reachability";

process.env.DATABASE_URL ??= planDatabase({
  env: process.env,
  projectDir: path.resolve(__dirname, ".."),
  tmpDir: os.tmpdir(),
  profile: "dev",
  isReachableByOthers,
}).url;

async function main() {
  const { cleanUpUploads } = await import("../lib/applications/uploads/clean-up-uploads");
  const { db } = await import("../lib/db/client");
  const result = await cleanUpUploads();
  console.log(`[uploads] deleted ${result.files} file(s) of ${result.applications} application(s)`);
  await db.$disconnect();
}

main().catch((e) => {
  console.error(`[uploads] clean-up failed: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
