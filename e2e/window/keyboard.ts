// Doing things the way a keyboard user does: Tab to an element, type, arrow through options, Enter. No mouse and
// no programmatic focus: if the portal's focus order or focus placement is wrong, these helpers fail.
import path from "node:path";
import { expect, type FileChooser, type Page } from "@playwright/test";
import type { Answers, FieldDef, StepDef } from "../../lib/form-engine/types";
import { visibleFields } from "../../lib/form-engine/journey";

type Probe = { id: string; name: string; type: string; tag: string; text: string };

const active = (page: Page): Promise<Probe> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      id: el?.id ?? "",
      name: el?.getAttribute("name") ?? "",
      type: el?.type ?? "",
      tag: el?.tagName.toLowerCase() ?? "",
      text: (el?.textContent ?? "").trim(),
    };
  });

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
export async function tabTo(page: Page, matches: (p: Probe) => boolean, what: string, max = 60) {
  for (let i = 0; i <= max; i++) {
    if (matches(await active(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${what}`);
}

export const byId = (id: string) => (p: Probe) => p.id === id;
export const buttonNamed = (text: string) => (p: Probe) =>
  (p.tag === "button" || p.tag === "a") && p.text.includes(text);

const fieldIdOf = (name: string) => `f-${name.replace(/\./g, "-")}`;
const isField = (name: string) => (p: Probe) =>
  p.id === fieldIdOf(name) || p.name === name || p.name.startsWith(`${name}.`);

/** Arrow-keys a focused <select> or radio group until `value` is chosen (ArrowDown moves on in both directions of text). */
async function arrowTo(page: Page, value: string, read: () => Promise<string>) {
  for (let i = 0; i < 40 && (await read()) !== value; i++) await page.keyboard.press("ArrowDown");
  expect(await read()).toBe(value);
}

async function typeInto(page: Page, value: string) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(value);
}

/** Fills what is still empty in one field; a value already there (prefilled from the profile) is left alone. */
async function fillField(page: Page, field: FieldDef, value: unknown, files: string) {
  await tabTo(page, isField(field.name), field.name);
  const sel = `[name="${field.name}"]`;
  switch (field.kind) {
    case "select":
      if (!(await page.locator(sel).inputValue()))
        await arrowTo(page, String(value), () => page.locator(sel).inputValue());
      return;
    case "radio": {
      const checked = () =>
        page.evaluate((q) => document.querySelector<HTMLInputElement>(q)?.value ?? "", `${sel}:checked`);
      if (!(await checked())) {
        // Space selects the focused (first) option; arrows then move the selection.
        await page.keyboard.press("Space");
        await arrowTo(page, String(value), checked);
      }
      return;
    }
    case "declaration":
      if (value === true && !(await page.locator(`#${fieldIdOf(field.name)}`).isChecked()))
        await page.keyboard.press("Space");
      return;
    case "file":
      for (const f of value as string[]) {
        // Enter on the focused file input opens the chooser. On a loaded machine a late re-render can take focus
        // off the input between Tab and Enter, and the key then opens nothing: like a person, Tab back and press
        // again (five tries, each bounded, so a field that never opens a chooser fails here instead of at the test
        // timeout).
        let chooser: FileChooser | null = null;
        for (let attempt = 0; attempt < 5 && !chooser; attempt++) {
          await tabTo(page, isField(field.name), field.name);
          const opened = page.waitForEvent("filechooser", { timeout: 10_000 }).catch(() => null);
          await page.keyboard.press("Enter");
          chooser = await opened;
        }
        if (!chooser) throw new Error(`Enter on ${field.name} never opened a file chooser`);
        await chooser.setFiles(path.join(files, f));
        await expect(
          page
            .locator(`#${fieldIdOf(field.name)}`)
            .locator("xpath=ancestor::div[1]")
            .getByRole("link", { name: f }),
        ).toBeVisible();
      }
      return;
    case "address": {
      const a = value as Record<string, string>;
      for (const part of ["county", "township", "community"]) {
        const s = page.locator(`[name="${field.name}.${part}"]`);
        await tabTo(page, (p) => p.name === `${field.name}.${part}`, `${field.name}.${part}`);
        if (!(await s.inputValue())) await arrowTo(page, a[part]!, () => s.inputValue());
      }
      await tabTo(page, (p) => p.name === `${field.name}.detail`, `${field.name}.detail`);
      if (!(await page.locator(`[name="${field.name}.detail"]`).inputValue())) await typeInto(page, a.detail!);
      return;
    }
    default:
      if (!(await page.locator(`#${fieldIdOf(field.name)}`).inputValue())) await typeInto(page, String(value));
  }
}

/**
 * One step by keyboard: focus must already be in the form (the portal puts it on the first field), each field
 * with an answer still empty is reached by Tab and filled, and Alt+N saves and moves on. Returns how many
 * profile-prefillable fields had to be typed (the redundant-entry count).
 */
export async function keyboardStep(
  page: Page,
  step: StepDef,
  answers: Answers,
  opts: { channel: "window" | "online"; files: string; profileHas: readonly string[]; submitNames?: readonly string[] },
): Promise<number> {
  const { channel, files } = opts;
  // At the window focus starts in the form; online, a keyboard user Tabs to each field from the top of the page.
  if (channel === "window")
    await expect
      .poll(async () => page.evaluate(() => Boolean(document.activeElement?.closest("main form"))), {
        message: "focus on the step's form",
      })
      .toBe(true);
  let retyped = 0;
  const summary = await page.locator("#prefilled-summary").count();
  if (!summary) {
    for (const field of visibleFields(step, answers, channel)) {
      if (answers[field.name] === undefined) continue;
      // A field the profile could fill, and has a value for, left empty: the resident's fact would be typed again.
      if (field.prefill && opts.profileHas.includes(field.prefill)) {
        const empty = await page.evaluate(
          (q) => {
            const el = document.querySelector<HTMLInputElement>(q);
            return el ? !el.value : false;
          },
          `#${fieldIdOf(field.name)}, [name="${field.name}.county"]`,
        );
        if (empty) retyped++;
      }
      await fillField(page, field, answers[field.name], files);
    }
  }
  if (channel === "window") {
    await page.keyboard.press("Alt+N");
  } else {
    // Online there are no shortcuts: Tab on to "save and continue" (or "confirm" on a summary card) and press Enter.
    await tabTo(
      page,
      (p) => p.tag === "button" && (opts.submitNames ?? []).some((n) => p.text.includes(n)),
      "the step's submit button",
      120,
    );
    await page.keyboard.press("Enter");
  }
  return retyped;
}
