// `npm test`: every stage in order, each timed, then one totals line (scripts/test-totals.mjs) that decides whether
// the run is green. A failed stage stops the run (later stages would only test a broken tree) and counts as a
// failure in the totals. Stage times go to test-reports/stages.json and are printed at the end.
// Stages that leave CPU idle share the two cores: the type check and lint are single-threaded; the integration tests
// (80% of two cores busy, they wait on PostgreSQL) and the crash-safety tests (68%, they wait for servers to start
// and stop) took 72 s + 73 s in a row and 125 s side by side in a clean-clone run. Unit tests beside the type check
// and lint gained nothing there (75 s against 74 s), so they run alone. The browser stage saturates both cores and
// runs alone. A group's output is printed stage by stage once the group ends.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readFloor, readReports, verdict } from "./test-totals.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reportsDir = path.join(root, "test-reports");

/** Stages in order; the stages of one group run at the same time. */
const groups = [
  [
    ["typecheck", "npm run typecheck"],
    ["lint", "npm run lint"],
  ],
  [["unit", "npm run test:unit"]],
  // The crash-safety tests (e2e/resilience/) and the browser tests serve this build.
  [["build", "npm run build:test"]],
  [
    ["integration", "npm run test:integration"],
    // Servers, a PostgreSQL and ports of their own (e2e/resilience/support/cluster.ts).
    ["resilience", "npm run test:resilience"],
  ],
  [["browser", "npm run test:e2e"]],
];

/** CPU time of the whole machine from /proc/stat (Linux): busy, idle and "steal", the time the hypervisor gave our
 * virtual CPUs to another guest. A stage timed while the host steals a quarter of the CPU takes far longer for
 * reasons outside this repository; the share is printed with each stage so that timings can be compared. */
function cpuTimes() {
  try {
    const [, ...f] = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
    return { total: f.slice(0, 8).reduce((a, b) => a + b, 0), steal: f[7] ?? 0 }; // guest time is inside user
  } catch {
    return null;
  }
}
const stealShare = (a, b) =>
  a && b && b.total > a.total ? Math.round((100 * (b.steal - a.steal)) / (b.total - a.total)) : null;

function runStage([name, command], capture) {
  const t0 = Date.now();
  const cpu0 = cpuTimes();
  if (!capture) console.log(`\n=== ${name}: ${command}`);
  return new Promise((resolve) => {
    const child = spawn(command, {
      cwd: root,
      shell: true,
      env: process.env,
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("close", (code) => {
      if (capture) process.stdout.write(`\n=== ${name}: ${command}\n${output}`);
      const steal = stealShare(cpu0, cpuTimes());
      resolve({ stage: name, seconds: Math.round((Date.now() - t0) / 100) / 10, steal, exitCode: code ?? 1 });
    });
  });
}

fs.rmSync(reportsDir, { recursive: true, force: true });
fs.mkdirSync(reportsDir, { recursive: true });

const times = [];
let exitCode = 0;
const started = Date.now();
for (const group of groups) {
  const results = await Promise.all(group.map((stage) => runStage(stage, group.length > 1)));
  times.push(...results);
  const failed = results.find((r) => r.exitCode !== 0);
  if (failed) {
    exitCode = failed.exitCode;
    console.log(`=== ${failed.stage} failed (exit ${failed.exitCode}) after ${failed.seconds} s: later stages not run`);
    break;
  }
}
const total = Math.round((Date.now() - started) / 100) / 10;
fs.writeFileSync(path.join(reportsDir, "stages.json"), JSON.stringify({ total, stages: times }, null, 2));
const stolen = (t) => (t.steal ? ` (${t.steal}% stolen by the host)` : "");
console.log(`\nstage times: ${times.map((t) => `${t.stage} ${t.seconds} s${stolen(t)}`).join(", ")}; total ${total} s`);

const v = verdict({ reports: readReports(reportsDir), floor: readFloor(), exitCode });
for (const reason of v.reasons) console.log(`totals: ${reason}`);
console.log(v.line);
process.exit(v.ok ? 0 : exitCode || 1);
