import { describe, expect, it } from "vitest";
import { maskAnswers, maskMember, unmaskValues } from "./mask-answers";
import { buildStepSchema } from "./build-step-schema";
import { elderlyAllowance } from "@/lib/services/items/elderly-allowance";
import { householdFields } from "@/lib/services/shared";
import type { GroupField, ServiceDef, StepDef } from "./types";

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
    expect(window.masks.sort()).toEqual(["138****0001", "654002********0029"]);
    expect(JSON.stringify(maskAnswers(elderlyAllowance, answers, "terminal"))).not.toContain("654002198806150029");
    expect(maskAnswers(elderlyAllowance, answers, "online")).toEqual({ answers, masks: [] });
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

  // The household-members group of the means-tested items: each member's ID number is an identifier too.
  const householdStep: StepDef = { id: "household", title: { zh: "家庭", ug: "ئائىلە" }, fields: householdFields };
  const withHousehold = { ...elderlyAllowance, steps: [householdStep] } as ServiceDef;
  const group = householdFields.find((f): f is GroupField => f.kind === "group")!;
  const spouse = {
    relation: "spouse",
    memberName: "王丽",
    memberIdNumber: "654002199001010027",
    memberMonthlyIncome: "0",
  };

  it("masks ID numbers inside groups, and the household members a picker offers, before a shared screen", () => {
    const shown = maskAnswers(withHousehold, { householdType: "with-family", householdMembers: [spouse] }, "window");
    expect(JSON.stringify(shown)).not.toContain("654002199001010027");
    expect(shown.answers.householdMembers).toEqual([{ ...spouse, memberIdNumber: "654002********0027" }]);
    expect(shown.masks).toEqual(["654002********0027"]);
    expect(maskMember({ name: "王丽", relation: "spouse", idNumber: "654002199001010027" })).toEqual({
      name: "王丽",
      relation: "spouse",
      idNumber: "654002********0027",
      birthDate: "1990-01-01",
    });
  });

  it("in the browser, a group item's sent mask is accepted as it is; any other bad ID keeps its own message", () => {
    const schema = (masks: string[]) =>
      buildStepSchema(householdStep, { householdType: "with-family" }, "window", { today: "2026-12-02", masks });
    const posted = (id: string) => ({
      householdType: "with-family",
      householdMembers: [{ ...spouse, memberIdNumber: id }],
    });
    expect(schema(["654002********0027"]).safeParse(posted("654002********0027")).success).toBe(true);
    expect(schema([]).safeParse(posted("654002********0027")).success).toBe(false);
    const typo = schema(["654002********0027"]).safeParse(posted("654002199001010028"));
    expect(typo.success).toBe(false);
    expect(typo.error!.issues[0]).toMatchObject({
      path: ["householdMembers", 0, "memberIdNumber"],
      message: "validation:idNumber.checksum",
    });
  });

  it("on the server, puts back a group item's ID number from the values held for that field", () => {
    const posted = { householdMembers: [{ ...spouse, memberIdNumber: "654002********0027" }] };
    const held = ["654002199001010027", "654002198806150029"];
    expect(
      unmaskValues([group], posted, (f, g) => (g?.name === "householdMembers" && f.kind === "idNumber" ? held : [])),
    ).toEqual({
      householdMembers: [spouse],
    });
  });
});
