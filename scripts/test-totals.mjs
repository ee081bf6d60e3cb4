// Prints the CI totals line, "N passed, N failed", from the unit (Vitest) and browser (Playwright) JSON reports.
// A stage that failed before writing its report (type check, lint, build) counts as one failure.
import fs from "node:fs";

const rc = Number(process.argv[2] ?? 0);
const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : null);
let passed = 0;
let failed = 0;
const unit = read("test-results/unit.json");
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
const e2e = read("test-results/e2e.json");
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
}
if (rc !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
