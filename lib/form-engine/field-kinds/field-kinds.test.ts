// Every field kind's schema with good and bad values, and the error key a person would see.
import { describe, expect, it } from "vitest";
import { fieldSchema } from "./field-schema";
import type { FieldDef } from "../types";

const ctx = { today: "2026-11-25" };
const L = { zh: "x", ug: "x" };
const firstError = (field: FieldDef, value: unknown) => {
  const r = fieldSchema(field, ctx).safeParse(value);
  return r.success ? null : r.error.issues[0]!.message;
};
const ok = (field: FieldDef, value: unknown) => expect(firstError(field, value), JSON.stringify(value)).toBeNull();
const bad = (field: FieldDef, value: unknown, key: string) =>
  expect(firstError(field, value), JSON.stringify(value)).toBe(key);

describe("field kinds", () => {
  it("text: required, length, pattern", () => {
    const f: FieldDef = {
      kind: "text",
      name: "a",
      label: L,
      maxLength: 5,
      pattern: { regex: "^[A-Z]+$", message: "validation:custom" },
    };
    ok(f, "ABC");
    bad(f, "  ", "validation:required");
    bad(f, "ABCDEF", "validation:tooLong");
    bad(f, "abc", "validation:custom");
  });
  it("personName: Chinese, Uyghur, Latin, middle dot; normalised", () => {
    const f: FieldDef = { kind: "personName", name: "n", label: L };
    ok(f, "阿依古丽·艾买提");
    ok(f, "ئايگۈل ئەھمەت");
    ok(f, "Nurlan Halim");
    bad(f, "王1", "validation:personName");
    expect(fieldSchema(f, ctx).parse(" 阿依古丽 • 艾买提 ")).toBe("阿依古丽·艾买提");
  });
  it("idNumber: checksum, birth date, format", () => {
    const f: FieldDef = { kind: "idNumber", name: "i", label: L };
    ok(f, "11010519491231002X");
    expect(fieldSchema(f, ctx).parse("11010519491231002x")).toBe("11010519491231002X");
    bad(f, "110105194912310021", "validation:idNumber.checksum");
    bad(f, "1101051949123100", "validation:idNumber.format");
    bad(f, "", "validation:required");
  });
  it("mobile", () => {
    const f: FieldDef = { kind: "mobile", name: "m", label: L };
    ok(f, "138 0000 0001");
    bad(f, "12800000001", "validation:mobile");
    bad(f, "1380000000", "validation:mobile");
  });
  it("date: real dates, not in the future / past when asked", () => {
    const past: FieldDef = { kind: "date", name: "d", label: L, notFuture: true };
    const future: FieldDef = { kind: "date", name: "d", label: L, notPast: true };
    ok(past, "2026-11-25");
    bad(past, "2026-11-26", "validation:date.future");
    bad(past, "2026-02-30", "validation:date.invalid");
    bad(future, "2026-11-24", "validation:date.past");
    ok(future, "2027-06-01");
  });
  it("select / radio: only listed values", () => {
    const f: FieldDef = { kind: "radio", name: "r", label: L, options: [{ value: "a", label: L }] };
    ok(f, "a");
    bad(f, "b", "validation:choose");
    bad({ ...f, kind: "select" } as FieldDef, "", "validation:choose");
  });
  it("checkbox: at least one, listed values only", () => {
    const f: FieldDef = {
      kind: "checkbox",
      name: "c",
      label: L,
      options: [
        { value: "a", label: L },
        { value: "b", label: L },
      ],
    };
    ok(f, ["a", "b"]);
    bad(f, [], "validation:chooseAtLeastOne");
    bad(f, ["z"], "validation:choose");
  });
  it("address: each level must exist under the one above", () => {
    const f: FieldDef = { kind: "address", name: "ad", label: L };
    ok(f, { county: "654002", township: "654002001", community: "654002001001", detail: "1号" });
    bad(f, { county: "654002", township: "654021101", community: "", detail: "1号" }, "validation:address.township");
    bad(
      f,
      { county: "654002", township: "654002001", community: "654002001001", detail: "" },
      "validation:address.detail",
    );
  });
  it("bankCard: digits, length, Luhn", () => {
    const f: FieldDef = { kind: "bankCard", name: "b", label: L };
    ok(f, "4111 1111 1111 1111");
    bad(f, "4111111111111112", "validation:bankCard.checksum");
    bad(f, "41111111", "validation:bankCard.length");
  });
  it("money and integer", () => {
    const m: FieldDef = { kind: "money", name: "m", label: L, max: 10000 };
    ok(m, "1200.50");
    bad(m, "12.345", "validation:money");
    bad(m, "20000", "validation:tooLarge");
    const n: FieldDef = { kind: "integer", name: "n", label: L, min: 1, max: 10 };
    ok(n, "3");
    bad(n, "0", "validation:tooSmall");
    bad(n, "2.5", "validation:integer");
  });
  it("longText", () => {
    const f: FieldDef = { kind: "longText", name: "l", label: L, maxLength: 10 };
    ok(f, "一二三");
    bad(f, "一二三四五六七八九十十", "validation:tooLong");
  });
  it("declaration must be ticked", () => {
    const f: FieldDef = { kind: "declaration", name: "d", label: L, statement: L };
    ok(f, true);
    bad(f, false, "validation:declaration");
  });
  it("file: at least one upload unless optional", () => {
    const f: FieldDef = { kind: "file", name: "f", label: L, material: "m" };
    ok(f, ["u1"]);
    bad(f, [], "validation:file.required");
    ok({ ...f, optional: true }, []);
    expect(fieldSchema({ ...f, optional: true }, ctx).parse([])).toBeUndefined();
  });
  it("group: items validated with their own fields", () => {
    const f: FieldDef = {
      kind: "group",
      name: "g",
      label: L,
      itemLabel: L,
      minItems: 1,
      fields: [{ kind: "personName", name: "name", label: L }],
    };
    ok(f, [{ name: "王建国" }]);
    bad(f, [], "validation:group.tooFew");
    bad(f, [{ name: "1" }], "validation:personName");
  });
  it("optional fields accept nothing but still check what is given", () => {
    const f: FieldDef = { kind: "mobile", name: "m", label: L, optional: true };
    ok(f, "");
    bad(f, "123", "validation:mobile");
  });
});
