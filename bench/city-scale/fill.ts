// Starts the city-scale bench database (generating it the first time) and keeps it running until Ctrl-C, so the
// bench modules can be run alone against it (bench/README.md). Prints the two URLs. With `--serve <port>` it also
// starts the portal's test build (`npm run build:test` first, .next-test) on it with the bench settings, for the
// HTTP part of bench/tracking.ts run alone.
import { spawn } from "node:child_process";
import path from "node:path";
import { startBenchDatabase } from "../lib/bench-database";

async function main() {
  const started = performance.now();
  const db = await startBenchDatabase({ log: (m) => console.log(`[city] ${m}`) });
  console.log(`[city] ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`[city] DATABASE_URL=${db.databaseUrl}`);
  console.log(`[city] MIGRATION_DATABASE_URL=${db.ownerUrl}`);
  if (process.argv.includes("--exit")) return db.stop();
  const at = process.argv.indexOf("--serve");
  const port = at > 0 ? Number(process.argv[at + 1]) : 0;
  const root = path.resolve(__dirname, "..", "..");
  const portal = port
    ? spawn(
        process.execPath,
        [
          "--require",
          path.join(root, "scripts/socket-address.cjs"),
          path.join(root, "node_modules/next/dist/bin/next"),
          "start",
          "-p",
          String(port),
        ],
        {
          cwd: root,
          stdio: "inherit",
          env: {
            ...process.env,
            ...db.portalEnv,
            NEXT_DIST_DIR: ".next-test",
            NEXTAUTH_URL: `http://localhost:${port}`,
            PUBLIC_BASE_URL: `http://localhost:${port}`,
            NEXT_TELEMETRY_DISABLED: "1",
          },
        },
      )
    : null;
  if (portal) console.log(`[city] portal (test build) on http://127.0.0.1:${port}`);
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.once(sig, () => {
      portal?.kill("SIGTERM");
      void db.stop().then(() => process.exit(0));
    });
  setInterval(() => {}, 1 << 30);
}

main().catch((e) => {
  console.error(`[city] ${e instanceof Error ? e.stack : e}`);
  process.exit(1);
});
