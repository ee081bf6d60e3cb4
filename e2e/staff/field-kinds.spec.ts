// The field-kind catalogue: every registered kind, live, in both languages and sizes; checking the empty form shows
// each kind's own message at its field. A kind added to the registry is covered here without a change to this test.
import { expect, pairB, test } from "../fixtures";
import { fieldKinds, fieldSchema, kindOf } from "../../lib/form-engine/field-kinds/field-schema";
import type { FieldDef, FieldKindId } from "../../lib/form-engine/types";
import { messageText } from "../../lib/form-engine/field-kinds/message-text";

const kinds = Object.keys(fieldKinds) as FieldKindId[];

test(
  "every field kind is shown live with its examples, and explains an empty answer",
  { tag: pairB },
  async ({ page, signInAs, visit, checkA11y, t, portalLocale }) => {
    await signInAs("staff", "admin01");
    await visit("/admin");
    await page.getByRole("link", { name: t("staff:fieldKinds.title") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("staff:fieldKinds.title"));
    await checkA11y();
    for (const kind of kinds) {
      const section = page.getByRole("region", { name: new RegExp(`^${fieldKinds[kind].title[portalLocale]}`) });
      await expect(section, kind).toBeVisible();
      await expect(section.getByRole("listitem")).toHaveCount(
        fieldKinds[kind].examples.good.length + fieldKinds[kind].examples.bad.length,
      );
    }
    await page.getByRole("button", { name: t("staff:fieldKinds.check") }).click();
    for (const kind of kinds) {
      const field = { kind, name: kind, label: fieldKinds[kind].title, ...fieldKinds[kind].examples.field } as FieldDef;
      const empty = fieldSchema(field, { today: "2026-12-02" }).safeParse(kindOf(field).empty(field));
      expect(empty.success, `${kind} refuses its empty value`).toBe(false);
      const section = page.getByRole("region", { name: new RegExp(`^${fieldKinds[kind].title[portalLocale]}`) });
      await expect(section, kind).toContainText(messageText(empty.error!.issues[0]!.message, portalLocale, t));
    }
    await checkA11y();
  },
);
