import { describe, expect, it } from "vitest";
import { applicantFields } from "@/lib/services/shared";
import { formatAnswer } from "./format-answer";

const [, id, mobile] = applicantFields;

describe("formatAnswer masking (summary card)", () => {
  it("masks ID numbers and mobiles only when asked", () => {
    expect(formatAnswer(id!, "654002198806150029", "zh", { maskIds: true })).toBe("654002********0029");
    expect(formatAnswer(mobile!, "13800000001", "zh", { maskMobiles: true })).toBe("138****0001");
    expect(formatAnswer(mobile!, "13800000001", "zh")).toBe("13800000001");
  });
});
