import { describe, expect, it } from "vitest";
import { renderResults } from "./write-results";

const machine = {
  cores: 2,
  cpu: "Test CPU",
  memoryGiB: 23,
  node: "v20.20.2",
  commit: "abc1234",
  date: "2026-12-03T00:00:00.000Z",
  totalSeconds: 125,
  partial: false,
};

describe("renderResults", () => {
  it("counts goals met, marks a missed goal and writes its note under the table", () => {
    const md = renderResults({
      machine,
      results: [
        {
          module: "tracking",
          seconds: 40,
          rows: [
            { what: "use case p95", goal: "< 20 ms", figure: "3.1 ms", met: true },
            {
              what: "HTTP p95",
              goal: "≤ 3× health",
              figure: "12 ms",
              baseline: "3 ms",
              ratio: "4.0×",
              met: false,
              note: "the proxy",
            },
            { what: "reported only", goal: "", figure: "1 | 2", met: null },
          ],
        },
      ],
    });
    expect(md).toContain("Goals met: 1 of 2.");
    expect(md).toContain("| HTTP p95 | ≤ 3× health | 12 ms | 3 ms | 4.0× | **missed** |");
    expect(md).toContain("- **HTTP p95**: the proxy");
    expect(md).toContain("| reported only |  | 1 \\| 2 |"); // a pipe in a figure does not break the table
    expect(md).toContain("2 cores (Test CPU)");
    expect(md).toContain("2 min 5 s");
  });

  it("appends the capacity model when there is one", () => {
    const md = renderResults({ machine, results: [], capacity: "## Capacity\n\nYining: 2 instances.\n" });
    expect(md.trimEnd().endsWith("Yining: 2 instances.")).toBe(true);
  });
});
