// Fills any service item's form from its answer data, the way a person does: each field found by its label
// (from the same service definition), each step saved with the visible "save and continue" button.
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import type { Answers, FieldDef, ServiceDef, StepDef } from "../lib/form-engine/types";
import { visibleFields, visibleSteps } from "../lib/form-engine/journey";
import { formatAnswer } from "../lib/form-engine/format-answer";
import { kindOf } from "../lib/form-engine/field-kinds/field-schema";
import { translator } from "./fixtures";
import { variantIndex } from "./support/variants";

type Locale = "zh" | "ug";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A seeded test resident (13900000001…80) for one project and one slot, so that no two tests running in parallel
 * share a draft: slot 0 is the journeys', slots 1–19 belong to one test each (grep for the number before taking one).
 */
export function residentFor(projectName: string, slot = 0): string {
  if (slot < 0 || slot > 19) throw new Error(`no test resident slot ${slot}`);
  const n = Math.max(0, variantIndex(projectName)) * 20 + slot + 1;
  return `139000000${String(n).padStart(2, "0")}`;
}

/** A seeded clerk of this project (test-clerk-1…4, windows 11–14): a staff sign-in through the page spends an
 * authenticator step of its account, and one account shared by parallel projects makes them wait for each other. */
export function testClerkFor(projectName: string): string {
  return `test-clerk-${Math.max(0, variantIndex(projectName)) + 1}`;
}

/** A seeded throw-away reviewer (test-reviewer-1…4), one per project, for tests that spend wrong passwords. */
export function testStaffFor(projectName: string): string {
  return `test-reviewer-${Math.max(0, variantIndex(projectName)) + 1}`;
}

async function fillField(
  scope: Locator | Page,
  field: FieldDef,
  value: unknown,
  locale: Locale,
  keepPrefilled = false,
) {
  const t = translator(locale);
  const label = field.label[locale];
  const byLabel = () => scope.getByLabel(new RegExp(`^${escape(label)}`)).first();
  const group = () => scope.getByRole("group", { name: new RegExp(`^${escape(label)}`) }).first();
  // By the view that shows the field (the kind names it): a new kind shown by an existing view needs nothing here.
  const options = "options" in field ? field.options : [];
  switch (kindOf(field).view) {
    case "select":
      await byLabel().selectOption(String(value));
      return;
    case "radio":
      await group()
        .getByLabel(options.find((o) => o.value === value)!.label[locale], { exact: true })
        .check();
      return;
    case "checkbox":
      for (const v of value as string[])
        await group()
          .getByLabel(options.find((o) => o.value === v)!.label[locale], { exact: true })
          .check();
      return;
    case "declaration":
      if (value === true) await group().getByRole("checkbox").check();
      return;
    case "address": {
      const a = value as { county: string; township: string; community: string; detail: string };
      const g = group();
      await g.getByLabel(t("form:address.county"), { exact: true }).selectOption(a.county);
      await g.getByLabel(t("form:address.township"), { exact: true }).selectOption(a.township);
      await g.getByLabel(t("form:address.community"), { exact: true }).selectOption(a.community);
      await g.getByLabel(t("form:address.detail"), { exact: true }).fill(a.detail);
      return;
    }
    case "file": {
      const files = value as string[];
      // The field's own box (label, input, status, list of uploaded files) is the input's nearest <div>.
      const box = byLabel().locator("xpath=ancestor::div[1]");
      for (const f of files) {
        await byLabel().setInputFiles(path.join(__dirname, "files", f));
        await expect(box.getByText(new RegExp(`${escape(t("form:file.uploaded"))}.*${escape(f)}`))).toBeVisible();
      }
      return;
    }
    case "group": {
      if (field.kind !== "group") throw new Error(`${field.name}: the group view shows group fields only`);
      const items = value as Record<string, unknown>[];
      const g = group();
      for (let i = 0; i < items.length; i++) {
        await g.getByRole("button", { name: t("form:group.add") }).click();
        const item = g.getByRole("group", { name: new RegExp(escape(t("form:group.item", { n: String(i + 1) }))) });
        for (const sub of field.fields) await fillField(item, sub, items[i]![sub.name], locale);
      }
      return;
    }
    default:
      // A person leaves a field alone that already holds the right value (prefilled from the profile).
      if (keepPrefilled && (await byLabel().inputValue()) === String(value)) return;
      await byLabel().fill(String(value));
  }
}

/** What the summary card (a step whose answers all came from the profile) shows, label → value, next to what the
 * answer data says it must show: formatted and masked the way the card does. */
async function summaryRows(card: Locator, step: StepDef, answers: Answers, locale: Locale) {
  const rows = await card.locator("dl > div").evaluateAll((divs) =>
    divs.map((d) => ({
      label: d.querySelector("dt")?.textContent?.trim() ?? "",
      value: d.querySelector("dd bdi")?.textContent?.trim() ?? "",
    })),
  );
  const fields = visibleFields(step, answers, "online").filter((f) => answers[f.name] !== undefined);
  const shown = Object.fromEntries(
    fields.map((f) => [f.label[locale], rows.find((r) => r.label === f.label[locale])?.value ?? "(not shown)"]),
  );
  const expected = Object.fromEntries(
    fields.map((f) => [
      f.label[locale],
      formatAnswer(f, answers[f.name], locale, { maskIds: true, maskMobiles: true }),
    ]),
  );
  return { shown, expected };
}

/** Fills one step from the answer data and saves it. A step shown as a summary card (its answers all from the
 * profile) must show exactly this answer data, which is what the profile holds: a card showing anything else is a
 * prefill fault and fails here, instead of being "corrected" by typing over it. */
export async function fillStep(
  page: Page,
  step: StepDef,
  answers: Answers,
  locale: Locale,
  opts: { keepPrefilled?: boolean } = {},
) {
  const t = translator(locale);
  const card = page.getByRole("region", { name: t("form:summary.title") });
  if (await card.count()) {
    const { shown, expected } = await summaryRows(card, step, answers, locale);
    expect(shown, `the summary card of step "${step.id}" shows the profile's values`).toEqual(expected);
    await page.getByRole("button", { name: t("form:summary.confirm") }).click();
    return;
  }
  for (const field of visibleFields(step, answers, "online")) {
    if (answers[field.name] === undefined) continue;
    await fillField(page, field, answers[field.name], locale, opts.keepPrefilled);
  }
  await page.getByRole("button", { name: t("form:next") }).click();
}

/** Completes every visible step of a started application and stops on the review page. */
export async function completeSteps(
  page: Page,
  service: ServiceDef,
  answers: Answers,
  locale: Locale,
  checkA11y: () => Promise<void>,
) {
  const t = translator(locale);
  const steps = visibleSteps(service, answers, "online");
  for (const step of steps) {
    await expect(page).toHaveURL(new RegExp(`/apply/${step.id}$`));
    // Server-rendered: once the heading is there, so is the summary card if the step has one.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title[locale]);
    await checkA11y();
    await fillStep(page, step, answers, locale);
  }
  await expect(page).toHaveURL(/\/apply\/review$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("applications:review.title"));
}

/** If the item uses sensitive data and asks for consent, give it (every category). */
export async function consentIfAsked(page: Page, service: ServiceDef, locale: Locale) {
  if (!service.sensitive?.length || !/\/consent$/.test(new URL(page.url()).pathname)) return;
  const t = translator(locale);
  for (const c of service.sensitive) await page.getByLabel(t(`profile:consent.category.${c}`)).check();
  await page.getByRole("button", { name: t("profile:consent.submit") }).click();
  // The consent action redirects to the item's /apply, which redirects on to the draft's step: wait for the step
  // (the router can commit /apply for a moment on the way).
  await page.waitForURL((u) => !/\/(consent|apply)$/.test(u.pathname));
}
