// The contract every field kind keeps, run over the whole registry: a kind added without examples, with a message
// that is missing in one language, or whose formatting breaks, fails here. (field-kinds.test.ts has the finer
// per-kind cases.)
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import type { FieldDef, FieldKindId } from "../types";
import { fieldKinds, fieldSchema, formatValue, kindOf } from "./field-schema";
import { kindMessage } from "./message-text";

const ctx = { today: "2026-11-25" };
const label = { zh: "字段", ug: "بۆلەك" };
const message = (locale: "zh" | "ug", key: string) => {
  const own = kindMessage(key, locale);
  if (own !== undefined) return own;
  const [ns, path] = key.split(":") as [string, string];
  let node: unknown = (resources[locale] as Record<string, unknown>)[ns];
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
};
const kinds = Object.keys(fieldKinds) as FieldKindId[];
const fieldOf = (kind: FieldKindId) =>
  ({ kind, name: "x", label, ...(fieldKinds[kind].examples.field ?? {}) }) as FieldDef;

describe.each(kinds)("field kind %s", (kind) => {
  const { examples } = fieldKinds[kind];
  const field = fieldOf(kind);

  it("is named in both languages and shown by a text view with its own left-to-right rule", () => {
    const k = fieldKinds[kind];
    expect(k.title.zh).toMatch(/\p{Script=Han}/u);
    expect(k.title.ug).toMatch(/^[\p{Script=Arabic}\s-]+$/u);
    // One rule for direction: a kind written left to right is typed left to right too (one list, not two).
    if (k.view === "text") expect(k.input?.dir === "ltr", "input dir matches ltr").toBe(k.ltr === true);
  });

  it("writes its own messages in both languages, each in its own script", () => {
    const wrong = Object.entries(fieldKinds[kind].messages ?? {}).filter(
      ([, text]) =>
        !/\p{Script=Han}/u.test(text.zh) || !/\p{Script=Arabic}/u.test(text.ug) || /\p{Script=Han}/u.test(text.ug),
    );
    expect(wrong).toEqual([]);
  });

  it("has good and bad examples", () => {
    expect(examples.good.length).toBeGreaterThan(0);
    expect(examples.bad.length).toBeGreaterThan(0);
  });

  it("accepts its good examples, and shows each in both languages", () => {
    for (const value of examples.good) {
      const parsed = fieldSchema(field, ctx).safeParse(value);
      expect(parsed.success, JSON.stringify(value)).toBe(true);
      expect(kindOf(field).isEmpty(value)).toBe(false);
      for (const locale of ["zh", "ug"] as const) {
        const shown = formatValue(field, parsed.data, locale);
        expect(shown, `${locale} ${JSON.stringify(value)}`).toBeTruthy();
        expect(shown).not.toContain("[object");
      }
    }
  });

  it("refuses its bad examples with a message that exists in both languages", () => {
    for (const [value, key] of examples.bad) {
      const r = fieldSchema(field, ctx).safeParse(value);
      expect(r.success, JSON.stringify(value)).toBe(false);
      expect(r.error!.issues[0]!.message).toBe(key);
      for (const locale of ["zh", "ug"] as const)
        expect(typeof message(locale, key), `${locale} ${key}`).toBe("string");
    }
  });

  it("starts empty, and an empty required field is refused with a message in both languages", () => {
    const empty = kindOf(field).empty(field);
    expect(kindOf(field).isEmpty(empty)).toBe(true);
    expect(formatValue(field, empty, "zh")).toBeNull();
    const r = fieldSchema(field, ctx).safeParse(empty);
    expect(r.success).toBe(false);
    for (const locale of ["zh", "ug"] as const)
      expect(typeof message(locale, r.error!.issues[0]!.message), locale).toBe("string");
  });
});
