import { describe, expect, it } from "vitest";
import { elderlyAllowance } from "@/lib/services/items/elderly-allowance";
import { applicantStepProblems, defineService, householdPickProblems } from "./define-service";
import type { StepDef } from "./types";

const elder: StepDef = elderlyAllowance.steps.find((s) => s.id === "elder")!;

describe("defineService: household picks", () => {
  it("accepts the catalogue's picks", () => {
    expect(householdPickProblems(elder, elder.householdPick!)).toEqual([]);
  });

  it("refuses unknown fields, wrong kinds and relations the relation field cannot hold", () => {
    expect(householdPickProblems(elder, { name: "elderNmae" })).toEqual([
      expect.stringContaining('unknown field "elderNmae"'),
    ]);
    expect(householdPickProblems(elder, { name: "elderName", idNumber: "elderRelation" })).toEqual([
      expect.stringContaining("is a select"),
    ]);
    expect(householdPickProblems(elder, { name: "elderName", relations: [] })).toEqual([
      expect.stringContaining("offers no relations"),
    ]);
    const narrow: StepDef = {
      ...elder,
      fields: elder.fields.map((f) =>
        f.name === "elderRelation" && f.kind === "select" ? { ...f, options: f.options.slice(0, 1) } : f,
      ),
    };
    expect(
      householdPickProblems(narrow, { name: "elderName", relation: "elderRelation", relations: ["parent"] }),
    ).toEqual([expect.stringContaining('relation "parent"')]);
  });

  it("a service with a broken pick fails when the catalogue loads", () => {
    expect(() =>
      defineService({
        ...elderlyAllowance,
        steps: elderlyAllowance.steps.map((s) => (s.id === "elder" ? { ...s, householdPick: { name: "nobody" } } : s)),
      }),
    ).toThrow(/household pick/);
  });
});

describe("defineService: the applicant step", () => {
  it("accepts the shared applicant step first", () => {
    expect(applicantStepProblems(elderlyAllowance)).toEqual([]);
  });
  it("refuses an item that does not open with it, or whose applicant step lacks the name or ID number", () => {
    const [applicant, ...rest] = elderlyAllowance.steps;
    expect(() => defineService({ ...elderlyAllowance, steps: [...rest, applicant!] })).toThrow(
      /first step must be "applicant"/,
    );
    const noId = { ...applicant!, fields: applicant!.fields.filter((f) => f.name !== "applicantIdNumber") };
    expect(applicantStepProblems({ steps: [noId, ...rest] })).toEqual([
      "the applicant step needs applicantIdNumber (idNumber)",
    ]);
    const windowOnly = { ...applicant!, channels: ["window" as const] };
    expect(applicantStepProblems({ steps: [windowOnly, ...rest] })).toEqual([
      'the first step must be "applicant", in every channel',
    ]);
  });
});
