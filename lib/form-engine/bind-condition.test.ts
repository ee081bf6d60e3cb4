import { describe, expect, it } from "vitest";
import { bindCondition, bothHold, type FieldBinding } from "./bind-condition";

// insuredPerson is fixed to "newborn", hukouScan is omitted (fixed to nothing), every other field is renamed.
const bind = (f: string): FieldBinding =>
  f === "insuredPerson"
    ? { fixed: true, value: "newborn" }
    : f === "hukouScan"
      ? { fixed: true, value: undefined }
      : { fixed: false, name: `m_${f}` };

describe("bindCondition", () => {
  it("evaluates a condition on a fixed field", () => {
    expect(bindCondition({ field: "insuredPerson", equals: "newborn" }, bind)).toBe(true);
    expect(bindCondition({ field: "insuredPerson", equals: "self" }, bind)).toBe(false);
    expect(bindCondition({ field: "insuredPerson", in: ["self", "spouse"] }, bind)).toBe(false);
  });

  it("treats an omitted field as never answered", () => {
    expect(bindCondition({ field: "hukouScan", notEmpty: true }, bind)).toBe(false);
    expect(bindCondition({ not: { field: "hukouScan", notEmpty: true } }, bind)).toBe(true);
  });

  it("renames the fields still to be asked", () => {
    expect(bindCondition({ field: "payment", equals: "bank" }, bind)).toEqual({ field: "m_payment", equals: "bank" });
    expect(bindCondition({ not: { field: "payment", notEmpty: true } }, bind)).toEqual({
      not: { field: "m_payment", notEmpty: true },
    });
  });

  it("simplifies all/any around what is known", () => {
    const newborn = { field: "insuredPerson", equals: "newborn" } as const;
    const paid = { field: "payment", equals: "bank" } as const;
    expect(bindCondition({ all: [newborn, paid] }, bind)).toEqual({ field: "m_payment", equals: "bank" });
    expect(bindCondition({ all: [{ field: "insuredPerson", equals: "self" }, paid] }, bind)).toBe(false);
    expect(bindCondition({ any: [newborn, paid] }, bind)).toBe(true);
    expect(bindCondition({ any: [{ field: "insuredPerson", equals: "self" }, paid] }, bind)).toEqual({
      field: "m_payment",
      equals: "bank",
    });
    expect(bindCondition({ all: [paid, { field: "x", notEmpty: true }] }, bind)).toEqual({
      all: [
        { field: "m_payment", equals: "bank" },
        { field: "m_x", notEmpty: true },
      ],
    });
  });
});

describe("bothHold", () => {
  it("joins two conditions, either of which may be absent", () => {
    const a = { field: "a", equals: "1" } as const;
    const b = { field: "b", equals: "2" } as const;
    expect(bothHold(undefined, undefined)).toBeUndefined();
    expect(bothHold(a, undefined)).toBe(a);
    expect(bothHold(undefined, b)).toBe(b);
    expect(bothHold(a, b)).toEqual({ all: [a, b] });
  });
});
