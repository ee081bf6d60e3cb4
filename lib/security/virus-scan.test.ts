// The virus-scan hook: ClamAV's INSTREAM protocol against a fake clamd, the verdicts, and which scanner the settings
// choose (production without a scanner fails closed).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { EICAR, startFakeClamd, type FakeClamd } from "@/lib/test-support/fake-clamd";

vi.mock("server-only", () => ({}));
import { clamdScanner, clamdVerdict, scanFile } from "./virus-scan";

const meta = { name: "a.pdf", mime: "application/pdf", size: 10 };
let clamd: FakeClamd;
beforeAll(async () => {
  clamd = await startFakeClamd();
});
afterAll(() => clamd.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("clamd (INSTREAM)", () => {
  it("finds the EICAR test string, even split across chunks, and passes a clean file", async () => {
    const scan = clamdScanner(clamd.address);
    const big = new Uint8Array(200 * 1024);
    big.set(new TextEncoder().encode(EICAR), 64 * 1024 - 10); // straddles the first chunk boundary
    expect(await scan(big, meta)).toEqual({ verdict: "infected", signature: "Eicar-Test-Signature" });
    expect(await scan(new TextEncoder().encode("%PDF-1.4 fine"), meta)).toEqual({ verdict: "clean" });
  });

  it("is unavailable when nothing listens or the scanner does not answer in time", async () => {
    expect(await clamdScanner("127.0.0.1:1")(new Uint8Array(4), meta)).toEqual({ verdict: "unavailable" });
    const hung = await startFakeClamd({ silent: true });
    expect(await clamdScanner(hung.address, 200)(new Uint8Array(4), meta)).toEqual({ verdict: "unavailable" });
    await hung.close();
  });

  it("reads clamd's answers", () => {
    expect(clamdVerdict("stream: OK\0")).toEqual({ verdict: "clean" });
    expect(clamdVerdict("stream: Win.Test.EICAR_HDB-1 FOUND\0")).toEqual({
      verdict: "infected",
      signature: "Win.Test.EICAR_HDB-1",
    });
    expect(clamdVerdict("INSTREAM size limit exceeded. ERROR\0")).toEqual({ verdict: "unavailable" });
    expect(clamdVerdict("")).toEqual({ verdict: "unavailable" });
  });
});

describe("scanFile: the scanner the settings choose", () => {
  const eicar = new TextEncoder().encode(EICAR);
  it("uses clamd when CLAMD_ADDRESS is set", async () => {
    vi.stubEnv("CLAMD_ADDRESS", clamd.address);
    expect((await scanFile(eicar, meta)).verdict).toBe("infected");
  });
  it("scans nothing in development and tests without a scanner", async () => {
    vi.stubEnv("CLAMD_ADDRESS", undefined);
    vi.stubEnv("NODE_ENV", "development");
    expect((await scanFile(eicar, meta)).verdict).toBe("clean");
  });
  it("fails closed in production without a scanner, unless VIRUS_SCAN=off says so on purpose", async () => {
    vi.stubEnv("CLAMD_ADDRESS", undefined);
    vi.stubEnv("NODE_ENV", "production");
    expect((await scanFile(eicar, meta)).verdict).toBe("unavailable");
    vi.stubEnv("VIRUS_SCAN", "off");
    expect((await scanFile(eicar, meta)).verdict).toBe("clean");
  });
});
