// `npm test`: every stage in order, each timed, then one totals line (scripts/test-totals.mjs) that decides whether
// the run is green. A failed stage stops the run (later stages would only test a broken tree) and counts as a
// failure in the totals. Stage times go to test-reports/stages.json and are printed at the end.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readFloor, readReports, verdict } from "./test-totals.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reportsDir = path.join(root, "test-reports");

const stages = [
  ["typecheck", "npm run typecheck"],
  ["lint", "npm run lint"],
  ["unit", "npm run test:unit"],
  ["integration", "npm run test:integration"],
  ["build", "npm run build:test"],
  ["browser", "npm run test:e2e"],
];

fs.rmSync(reportsDir, { recursive: true, force: true });
fs.mkdirSync(reportsDir, { recursive: true });

const times = [];
let exitCode = 0;
const started = Date.now();
for (const [name, command] of stages) {
  const t0 = Date.now();
  console.log(`\n=== ${name}: ${command}`);
  const r = spawnSync(command, { cwd: root, stdio: "inherit", shell: true, env: process.env });
  const seconds = Math.round((Date.now() - t0) / 100) / 10;
  const code = r.status ?? 1;
  times.push({ stage: name, seconds, exitCode: code });
  if (code !== 0) {
    exitCode = code;
    console.log(`=== ${name} failed (exit ${code}) after ${seconds} s: later stages not run`);
    break;
  }
}
const total = Math.round((Date.now() - started) / 100) / 10;
fs.writeFileSync(path.join(reportsDir, "stages.json"), JSON.stringify({ total, stages: times }, null, 2));
console.log(`\nstage times: ${times.map((t) => `${t.stage} ${t.seconds} s`).join(", ")}; total ${total} s`);

const v = verdict({ reports: readReports(reportsDir), floor: readFloor(), exitCode });
for (const reason of v.reasons) console.log(`totals: ${reason}`);
console.log(v.line);
process.exit(v.ok ? 0 : exitCode || 1);
