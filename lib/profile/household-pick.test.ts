import { describe, expect, it } from "vitest";
import { elderlyAllowance } from "@/lib/services/items/elderly-allowance";
import { services } from "@/lib/services";
import type { StepDef } from "@/lib/form-engine/types";
import { membersFor, pickedMember, pickValues, unpickValues, type PickableMember } from "./household-pick";

const ctx = { today: "2026-11-25" };
const elder: StepDef = elderlyAllowance.steps.find((s) => s.id === "elder")!;
const pick = elder.householdPick!;
const household: PickableMember[] = [
  { relation: "spouse", name: "艾买提·托合提", idNumber: "654002198509110012" },
  { relation: "child", name: "阿力木·艾买提", idNumber: "654002201506010010" },
  { relation: "parent", name: "托合提·热合曼", idNumber: "654002194803020044" },
];
const father = household[2]!;

describe("household pick", () => {
  it("offers only the relations the step asks for, in the household's order", () => {
    expect(membersFor(pick, household).map((m) => m.relation)).toEqual(["spouse", "parent"]);
    expect(membersFor({ name: "x" }, household)).toHaveLength(3);
  });

  it("fills the named fields with the member's facts", () => {
    expect(pickValues(elder, pick, father, ctx)).toEqual({
      elderName: "托合提·热合曼",
      elderIdNumber: "654002194803020044",
      elderRelation: "parent",
    });
  });

  it("fills a birth date read from the ID number where the step asks for one", () => {
    const insured = services.find((s) => s.slug === "resident-medical-insurance")!.steps.find((s) => s.householdPick)!;
    const child = household[1]!;
    expect(pickValues(insured, insured.householdPick!, child, ctx)).toEqual({
      newbornName: "阿力木·艾买提",
      newbornBirthDate: "2015-06-01",
    });
  });

  it("leaves out stored values that would not validate", () => {
    const bad = { relation: "cousin", name: "1", idNumber: "654002194803020045" };
    expect(pickValues(elder, pick, bad, ctx)).toEqual({});
    expect(pickValues(elder, pick, { ...father, relation: "cousin" }, ctx)).toEqual({
      elderName: father.name,
      elderIdNumber: father.idNumber,
    });
  });

  it("recognises a member already in the answers, and nobody when they differ", () => {
    const offered = membersFor(pick, household);
    const answers = { forWhom: "family", ...pickValues(elder, pick, father, ctx) };
    expect(pickedMember(elder, pick, offered, answers, ctx)).toBe(1);
    expect(pickedMember(elder, pick, offered, { ...answers, elderIdNumber: "654002194011050026" }, ctx)).toBe(-1);
    expect(pickedMember(elder, pick, offered, {}, ctx)).toBe(-1);
  });

  it("undoing a pick empties only what still holds the member's values", () => {
    const answers = { ...pickValues(elder, pick, father, ctx), elderRelation: "other" };
    expect(unpickValues(elder, pick, father, answers, ctx)).toEqual({ elderName: "", elderIdNumber: "" });
  });

  it("every pick in the catalogue names fields of its own step", () => {
    const steps: StepDef[] = services.flatMap((s) => s.steps.filter((st) => st.householdPick));
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const step of steps)
      expect(
        step.fields.some((f) => f.name === step.householdPick!.name && f.kind === "personName"),
        step.id,
      ).toBe(true);
  });
});
