// What a log line holds: JSON with the level and time, personal data blanked by key and scrubbed from free text
// (the message, an error's message and stack, any string), the level from LOG_LEVEL, and the request id on every
// line written while a request is served.
import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "./logger";
import { requestIdScope } from "./request-context";

const ID = "654002199001012002";
const MOBILE = "13900000200";

function capture(level?: string) {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const logger = createLogger({
    level,
    destination: {
      write: (s: string) => {
        raw.push(s);
        lines.push(JSON.parse(s));
      },
    },
  });
  return { logger, lines, raw };
}

afterEach(() => vi.unstubAllEnvs());

describe("log lines", () => {
  it("carry no ID number, mobile or code, whether in keys or in text", () => {
    const { logger, lines, raw } = capture();
    const err = new Error(`registry refused ${ID} for ${MOBILE}`);
    logger.warn(
      {
        err,
        idNumber: ID,
        resident: { mobile: MOBILE, code: "482913", name: "ok" },
        sms: `【伊宁】您的验证码是482913，请勿告诉他人`,
        url: `/zh/track?phone=${MOBILE}`,
      },
      "sign-in for %s with code 482913 failed",
      MOBILE,
    );
    expect(raw.join("")).not.toMatch(new RegExp(`${ID}|${MOBILE}|482913`));
    const line = lines[0]!;
    expect(line).toMatchObject({
      level: 40,
      service: "portal",
      msg: "sign-in for [mobile] with code [code] failed",
      idNumber: "[redacted]",
      resident: { mobile: "[redacted]", code: "[redacted]", name: "ok" },
      sms: "【伊宁】您的验证码是[code]，请勿告诉他人",
      url: "/zh/track?phone=[mobile]",
    });
    expect(line.err).toMatchObject({ type: "Error", message: "registry refused [id-number] for [mobile]" });
    expect((line.err as { stack: string }).stack).toContain("registry refused [id-number] for [mobile]");
    expect(line.time).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("scrub an Error logged on its own (its message becomes the line's message) and a child's bindings", () => {
    const { logger, lines, raw } = capture();
    logger.error(new Error(`duplicate ${ID}`));
    logger.child({ applicant: `${MOBILE}` }).info("child line");
    expect(raw.join("")).not.toMatch(new RegExp(`${ID}|${MOBILE}`));
    expect(lines[0]!.msg).toBe("duplicate [id-number]");
    expect(lines[1]!.applicant).toBe("[mobile]");
  });

  it("name the request being served on every line", async () => {
    const { logger, lines } = capture();
    await requestIdScope.run("7K3M9QX2TR", async () => logger.info("inside"));
    logger.info("outside");
    expect(lines[0]!.requestId).toBe("7K3M9QX2TR");
    expect(lines[1]).not.toHaveProperty("requestId");
  });
});

describe("LOG_LEVEL", () => {
  it("is info by default and sets which lines are written", () => {
    vi.stubEnv("LOG_LEVEL", "");
    const standard = capture();
    standard.logger.debug("hidden");
    standard.logger.info("shown");
    expect(standard.lines.map((l) => l.msg)).toEqual(["shown"]);

    vi.stubEnv("LOG_LEVEL", "warn");
    const quiet = capture();
    quiet.logger.info("hidden");
    quiet.logger.warn("shown");
    expect(quiet.lines.map((l) => l.msg)).toEqual(["shown"]);

    vi.stubEnv("LOG_LEVEL", "debug");
    const chatty = capture();
    chatty.logger.debug("shown");
    expect(chatty.lines.map((l) => l.msg)).toEqual(["shown"]);

    vi.stubEnv("LOG_LEVEL", "silent");
    const silent = capture();
    silent.logger.fatal("hidden");
    expect(silent.lines).toEqual([]);
  });

  it("refuses a value that is not a level, naming the setting", () => {
    vi.stubEnv("LOG_LEVEL", "verbose");
    expect(() => capture()).toThrow(/LOG_LEVEL/);
  });
});
