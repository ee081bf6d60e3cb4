import { describe, expect, it } from "vitest";
import { maskAnswers, unmaskValues } from "./mask-answers";
import { elderlyAllowance } from "@/lib/services/items/elderly-allowance";

const answers = {
  applicantName: "阿依古丽·艾买提",
  applicantIdNumber: "654002198806150029",
  applicantMobile: "13800000001",
  forWhom: "self",
};
const applicantFields = elderlyAllowance.steps[0]!.fields;

describe("masked by construction", () => {
  it("sends a window or kiosk screen masked identifiers, the resident's own device the values", () => {
    const window = maskAnswers(elderlyAllowance, answers, "window");
    expect(window.answers).toMatchObject({
      applicantName: "阿依古丽·艾买提",
      applicantIdNumber: "654002********0029",
      applicantMobile: "138****0001",
      forWhom: "self",
    });
    expect(window.masks).toEqual({ applicantIdNumber: "654002********0029", applicantMobile: "138****0001" });
    expect(JSON.stringify(maskAnswers(elderlyAllowance, answers, "terminal"))).not.toContain("654002198806150029");
    expect(maskAnswers(elderlyAllowance, answers, "online")).toEqual({ answers, masks: {} });
  });
  it("puts back the held value for an unchanged mask, keeps a newly typed value, and refuses to guess between two", () => {
    const posted = {
      applicantName: "阿依古丽·艾买提",
      applicantIdNumber: "654002********0029",
      applicantMobile: "13900000009",
    };
    const known = { applicantIdNumber: ["654002198806150029", undefined], applicantMobile: ["13800000001"] } as Record<
      string,
      (string | undefined)[]
    >;
    expect(unmaskValues(applicantFields, posted, (f) => known[f.name] ?? [])).toEqual({
      ...posted,
      applicantIdNumber: "654002198806150029",
    });
    // A mask that matches nothing held stays as posted (and then fails validation as an ID number).
    expect(
      unmaskValues(applicantFields, { applicantIdNumber: "654002********9999" }, (f) => known[f.name] ?? []),
    ).toEqual({ applicantIdNumber: "654002********9999" });
    // Two held values with the same mask: no guess.
    const twins = ["654002198806150029", "654002199901010029"];
    expect(unmaskValues(applicantFields, { applicantIdNumber: "654002********0029" }, () => twins)).toEqual({
      applicantIdNumber: "654002********0029",
    });
  });
});
