import { describe, expect, it } from "vitest";
import { holds } from "./conditions";
import type { Condition } from "./types";

const given = (field: string): Condition => ({ field, notEmpty: true });

describe("holds: no condition", () => {
  it("an absent condition always holds (a field or step without showWhen is always shown)", () => {
    expect(holds(undefined, {})).toBe(true);
    expect(holds(undefined, { anything: "x" })).toBe(true);
  });
});

describe("holds: equals", () => {
  it("holds for the same string and not for another one", () => {
    expect(holds({ field: "payout", equals: "bank" }, { payout: "bank" })).toBe(true);
    expect(holds({ field: "payout", equals: "bank" }, { payout: "social-security-card" })).toBe(false);
  });
  it('compares booleans strictly: the string "true" is not true, and an unanswered box is not false', () => {
    expect(holds({ field: "agreed", equals: true }, { agreed: true })).toBe(true);
    expect(holds({ field: "agreed", equals: true }, { agreed: "true" })).toBe(false);
    expect(holds({ field: "agreed", equals: false }, { agreed: false })).toBe(true);
    expect(holds({ field: "agreed", equals: false }, {})).toBe(false);
  });
});

describe("holds: in", () => {
  const relation: Condition = { field: "relation", in: ["parent", "grandparent"] };
  it("holds when the answer is one of the listed values", () => {
    expect(holds(relation, { relation: "parent" })).toBe(true);
    expect(holds(relation, { relation: "grandparent" })).toBe(true);
  });
  it("does not hold for another value, an unanswered field or a non-string answer", () => {
    expect(holds(relation, { relation: "child" })).toBe(false);
    expect(holds(relation, {})).toBe(false);
    expect(holds(relation, { relation: ["parent"] })).toBe(false);
  });
  it("an empty list never holds", () => {
    expect(holds({ field: "relation", in: [] }, { relation: "parent" })).toBe(false);
  });
});

describe("holds: notEmpty (given)", () => {
  it("holds for a real answer, including false, 0 and a non-empty list", () => {
    expect(holds(given("x"), { x: "a" })).toBe(true);
    expect(holds(given("x"), { x: false })).toBe(true);
    expect(holds(given("x"), { x: 0 })).toBe(true);
    expect(holds(given("x"), { x: ["upload-1"] })).toBe(true);
  });
  it("does not hold for an empty string, null, an empty list or undefined", () => {
    expect(holds(given("x"), { x: "" })).toBe(false);
    expect(holds(given("x"), { x: null })).toBe(false);
    expect(holds(given("x"), { x: [] })).toBe(false);
    expect(holds(given("x"), { x: undefined })).toBe(false);
  });
});

describe("holds: unknown fields count as not given", () => {
  it("equals, in and notEmpty do not hold; their negation does", () => {
    expect(holds({ field: "nope", equals: "a" }, { other: "a" })).toBe(false);
    expect(holds({ field: "nope", in: ["a"] }, { other: "a" })).toBe(false);
    expect(holds(given("nope"), { other: "a" })).toBe(false);
    expect(holds({ not: given("nope") }, { other: "a" })).toBe(true);
  });
});

describe("holds: all / any / not", () => {
  const a: Condition = { field: "a", equals: "yes" };
  const b: Condition = { field: "b", equals: "yes" };
  it("all holds only when every part holds", () => {
    expect(holds({ all: [a, b] }, { a: "yes", b: "yes" })).toBe(true);
    expect(holds({ all: [a, b] }, { a: "yes", b: "no" })).toBe(false);
    expect(holds({ all: [a, b] }, { a: "no", b: "yes" })).toBe(false);
  });
  it("any holds when at least one part holds", () => {
    expect(holds({ any: [a, b] }, { a: "no", b: "yes" })).toBe(true);
    expect(holds({ any: [a, b] }, { a: "yes", b: "no" })).toBe(true);
    expect(holds({ any: [a, b] }, { a: "no", b: "no" })).toBe(false);
  });
  it("empty all holds and empty any does not (the usual logic identities)", () => {
    expect(holds({ all: [] }, {})).toBe(true);
    expect(holds({ any: [] }, {})).toBe(false);
  });
  it("not inverts its condition", () => {
    expect(holds({ not: a }, { a: "yes" })).toBe(false);
    expect(holds({ not: a }, { a: "no" })).toBe(true);
    expect(holds({ not: { not: a } }, { a: "yes" })).toBe(true);
  });
  it("nested: family applicant AND (a bank payout OR no card uploaded) AND NOT a window visit", () => {
    const nested: Condition = {
      all: [
        { field: "forWhom", equals: "family" },
        { any: [{ field: "payout", equals: "bank" }, { not: given("cardScan") }] },
        { not: { field: "visit", in: ["window"] } },
      ],
    };
    expect(holds(nested, { forWhom: "family", payout: "bank", cardScan: ["u1"] })).toBe(true);
    expect(holds(nested, { forWhom: "family", payout: "social-security-card", cardScan: [] })).toBe(true);
    expect(holds(nested, { forWhom: "family", payout: "social-security-card", cardScan: ["u1"] })).toBe(false);
    expect(holds(nested, { forWhom: "self", payout: "bank" })).toBe(false);
    expect(holds(nested, { forWhom: "family", payout: "bank", visit: "window" })).toBe(false);
  });
});
