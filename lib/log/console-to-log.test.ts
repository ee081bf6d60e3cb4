// What is left on `console` in a production server (Next's own prints, libraries) comes out as scrubbed JSON lines.
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { routeConsoleToLog } from "./console-to-log";

function setUp() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: "debug",
    destination: { write: (s: string) => void lines.push(JSON.parse(s)) },
  });
  const fake = { error() {}, warn() {}, info() {}, log() {}, debug() {}, trace() {} } as unknown as Console;
  routeConsoleToLog(logger, fake);
  return { lines, fake };
}

describe("routeConsoleToLog", () => {
  it("writes console calls as log lines at their level, scrubbed, without Next's prefix", () => {
    const { lines, fake } = setUp();
    fake.warn("⚠ slow query for %s", "13900000200");
    fake.log("plain");
    fake.error("⨯", new Error("lookup 654002199001012002 failed"));
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [40, "slow query for [mobile]"],
      [30, "plain"],
      [50, "lookup [id-number] failed"],
    ]);
    expect(lines[2]).toMatchObject({ source: "console", err: { message: "lookup [id-number] failed" } });
  });

  it("writes a request's error that Next prints again (it has a digest) at debug level only", () => {
    const { lines, fake } = setUp();
    fake.error("⨯", Object.assign(new Error("boom"), { digest: "3242436268" }));
    expect(lines.map((l) => l.level)).toEqual([20]);
  });
});
