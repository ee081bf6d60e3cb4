import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module without types (it runs before anything is compiled)
import { verdict } from "./test-totals.mjs";

const vitest = (passed: number, failed = 0, skipped = 0) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numPendingTests: skipped,
  numTodoTests: 0,
  success: failed === 0,
});
const playwright = (expected: number, unexpected = 0, flaky = 0, skipped = 0) => ({
  stats: { expected, unexpected, flaky, skipped },
  errors: [],
});
const floor = { unit: 10, integration: 5, browser: 20, resilience: 2 };
const green = { unit: vitest(10), integration: vitest(5), browser: playwright(20), resilience: playwright(2) };

describe("the totals of a test run", () => {
  it("counts unit, integration and browser tests together in one line", () => {
    const v = verdict({ reports: green, floor, exitCode: 0 });
    expect(v.ok).toBe(true);
    expect(v.line).toBe(
      "37 passed, 0 failed, 0 flaky, 0 skipped (unit 10/10, integration 5/5, browser 20/20, resilience 2/2)",
    );
  });
  it("a flaky browser test fails the run and is not counted as passed", () => {
    const v = verdict({ reports: { ...green, browser: playwright(19, 0, 1) }, floor, exitCode: 0 });
    expect(v.ok).toBe(false);
    expect(v.line).toMatch(/^36 passed, 1 failed, 1 flaky/);
  });
  it("the crash-safety tests' report counts like the others: missing, or below its floor, fails the run", () => {
    expect(verdict({ reports: { ...green, resilience: null }, floor, exitCode: 0 }).reasons).toContain(
      "no resilience report: that stage did not run to the end",
    );
    expect(verdict({ reports: { ...green, resilience: playwright(1) }, floor, exitCode: 0 }).ok).toBe(false);
  });
  it("a missing report fails the run", () => {
    const v = verdict({ reports: { ...green, integration: null }, floor, exitCode: 0 });
    expect(v.ok).toBe(false);
    expect(v.reasons).toContain("no integration report: that stage did not run to the end");
  });
  it("fewer tests than the floor (a stray test.only, an empty run) fail the run", () => {
    expect(verdict({ reports: { ...green, browser: playwright(1) }, floor, exitCode: 0 }).ok).toBe(false);
    const empty = verdict({
      reports: { unit: vitest(0), integration: vitest(0), browser: playwright(0), resilience: playwright(0) },
      floor,
      exitCode: 0,
    });
    expect(empty.ok).toBe(false);
    expect(empty.line).toMatch(/^0 passed, 1 failed/);
  });
  it("skipped tests are reported apart and do not count as passed", () => {
    const v = verdict({ reports: { ...green, browser: playwright(20, 0, 0, 3) }, floor, exitCode: 0 });
    expect(v.line).toMatch(/^37 passed, 0 failed, 0 flaky, 3 skipped/);
  });
  it("a failing stage exit code fails the run even with clean reports", () => {
    expect(verdict({ reports: green, floor, exitCode: 2 }).ok).toBe(false);
  });
  it("a failed test fails the run", () => {
    expect(verdict({ reports: { ...green, unit: vitest(10, 1) }, floor, exitCode: 1 }).line).toMatch(
      /^37 passed, 1 failed/,
    );
  });
});
