import { describe, expect, it } from "vitest";
import { fieldKinds } from "./registry";
import { kindTraitsOf } from "./kind-traits";
import { emptyValue, messageTextIn } from "./traits";
import { messageText } from "./message-text";
import type { FieldKind } from "./kind";

const kinds = fieldKinds as Record<string, FieldKind<never>>;

describe("the field kinds' traits a form gets instead of the kinds' modules", () => {
  for (const locale of ["zh", "ug"] as const) {
    const table = kindTraitsOf(Object.keys(fieldKinds), locale);
    it(`are each kind's view, input attributes and empty value (${locale})`, () => {
      for (const [tag, kind] of Object.entries(kinds)) {
        expect(table[tag]!.view, tag).toBe(kind.view);
        expect(table[tag]!.input, tag).toEqual(kind.input);
        expect(emptyValue(table, tag), tag).toEqual(kind.empty(undefined as never));
      }
      // The page's JSON carries them: nothing in them may be lost on the way.
      expect(JSON.parse(JSON.stringify(table))).toEqual(table);
    });

    it(`give every kind's own messages as messageText() does (${locale})`, () => {
      const t = (key: string) => `t(${key})`;
      for (const [tag, kind] of Object.entries(kinds))
        for (const key of Object.keys(kind.messages ?? {})) {
          const full = `fieldKind:${tag}.${key}`;
          expect(messageTextIn(table, full, t)).toBe(messageText(full, locale, t));
        }
      expect(messageTextIn(table, "validation:required", t)).toBe("t(validation:required)");
    });
  }

  it("finds a kind's own message by its key (kindMessageKey), and anything else through t()", () => {
    const table = { postalCode: { view: "text" as const, empty: "", messages: { format: "six digits" } } };
    const t = (key: string) => `t(${key})`;
    expect(messageTextIn(table, "fieldKind:postalCode.format", t)).toBe("six digits");
    expect(messageTextIn(table, "fieldKind:postalCode.other", t)).toBe("t(fieldKind:postalCode.other)");
    expect(messageTextIn(table, "validation:required", t)).toBe("t(validation:required)");
  });

  it("gives a fresh empty value each time (two fields never share one array)", () => {
    const table = kindTraitsOf(["checkbox"], "zh");
    expect(emptyValue(table, "checkbox")).not.toBe(emptyValue(table, "checkbox"));
  });
});
