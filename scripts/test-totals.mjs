// The one totals line of a test run, from the four reports (unit and integration: Vitest JSON; browser and the
// crash-safety tests, which own their servers: Playwright JSON), and whether the run may count as green. It may not when:
//  - a stage failed (its exit code), or a report is missing (a stage that never ran or crashed before writing);
//  - any test failed, or was flaky (failed, then passed on retry: the retry is there to collect a trace, not to
//    turn a failure green);
//  - fewer tests ran than the floor kept in scripts/test-floor.json (a stray test.only, a deleted spec, a project
//    that matched nothing, an empty run).
// Skipped tests are counted and shown; skips by project are declared in playwright.config.ts, not in test bodies.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Counts of one Vitest JSON report. */
export function vitestCounts(report) {
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.success === false && !(report.numFailedTests > 0) ? 1 : 0),
    flaky: 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts of a Playwright JSON report: "expected" passed first time, "flaky" only on a retry. */
export function playwrightCounts(report) {
  const s = report.stats ?? {};
  const errors = Array.isArray(report.errors) ? report.errors.length : 0;
  return {
    passed: s.expected ?? 0,
    failed: (s.unexpected ?? 0) + errors,
    flaky: s.flaky ?? 0,
    skipped: s.skipped ?? 0,
  };
}

/** The verdict of a run: totals, per-kind counts and the reasons it is not green (empty when it is). */
export function verdict({ reports, floor, exitCode }) {
  const kinds = {
    unit: vitestCounts,
    integration: vitestCounts,
    browser: playwrightCounts,
    resilience: playwrightCounts,
  };
  const reasons = [];
  const per = {};
  const total = { passed: 0, failed: 0, flaky: 0, skipped: 0 };
  for (const [kind, count] of Object.entries(kinds)) {
    const report = reports[kind];
    if (!report) {
      reasons.push(`no ${kind} report: that stage did not run to the end`);
      continue;
    }
    const c = count(report);
    per[kind] = c;
    for (const k of Object.keys(total)) total[k] += c[k];
    if (c.failed > 0) reasons.push(`${c.failed} ${kind} test(s) failed`);
    if (c.flaky > 0)
      reasons.push(`${c.flaky} ${kind} test(s) flaky (failed, then passed on retry): a flaky test fails the run`);
    const min = floor[kind] ?? 0;
    if (c.passed + c.failed + c.flaky < min)
      reasons.push(
        `only ${c.passed + c.failed + c.flaky} ${kind} tests ran; the floor is ${min} (scripts/test-floor.json)`,
      );
  }
  if (exitCode !== 0 && reasons.length === 0) reasons.push(`a stage exited with code ${exitCode}`);
  const breakdown = Object.entries(per)
    .map(([k, c]) => `${k} ${c.passed}/${c.passed + c.failed + c.flaky}`)
    .join(", ");
  // A run that is not green shows at least one failure, whatever the reports say.
  const failed = total.failed + total.flaky + (reasons.length && total.failed + total.flaky === 0 ? 1 : 0);
  const line = `${total.passed} passed, ${failed} failed, ${total.flaky} flaky, ${total.skipped} skipped (${breakdown || "no reports"})`;
  return { ok: reasons.length === 0, line, reasons, per };
}

export function readReports(dir = path.join(root, "test-reports")) {
  return {
    unit: readJson(path.join(dir, "unit.json")),
    integration: readJson(path.join(dir, "integration.json")),
    browser: readJson(path.join(dir, "e2e.json")),
    resilience: readJson(path.join(dir, "e2e-resilience.json")),
  };
}

export function readFloor() {
  return readJson(path.join(root, "scripts", "test-floor.json")) ?? {};
}

// Run directly: `node scripts/test-totals.mjs <exit code of the stages>`.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const v = verdict({ reports: readReports(), floor: readFloor(), exitCode: Number(process.argv[2] ?? 0) });
  for (const r of v.reasons) console.log(`totals: ${r}`);
  console.log(v.line);
  process.exit(v.ok ? 0 : 1);
}
