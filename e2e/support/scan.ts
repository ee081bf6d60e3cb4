// The accessibility scan every visited page gets, and what keeps it affordable: axe runs once per kind of page and
// state in each project. "State" is the page's structure as axe sees it: every element with its attributes (minus
// values that only carry data, such as link targets and typed values) and whether it holds text. Two visits that
// differ only in data (another resident's name, another reference) give the same structure and the same axe result;
// an error summary, an open panel, an invalid field or another status badge is a new state and is scanned again.
import crypto from "node:crypto";
import { expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function expectNoAxeViolations(page: Page, textSize: "standard" | "large") {
  // Senior mode aims at AAA contrast (7:1): the enhanced-contrast rule joins the same run (one scan per page).
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (textSize === "large") builder.options({ rules: { "color-contrast-enhanced": { enabled: true } } });
  const result = await builder.analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(summary, `axe violations on ${page.url()}${textSize === "large" ? " (with AAA contrast)" : ""}`).toEqual([]);
}

/** Waits until React has committed and hydrated the URL the browser shows (components/layout/page-ready-marker). */
export async function waitForPageReady(page: Page) {
  await page.waitForLoadState("load");
  await page.waitForFunction(
    () => document.documentElement.dataset.ready === window.location.pathname + window.location.search && document.title.trim().length > 0,
    undefined,
    { timeout: 15_000 },
  );
}

/** The page's structure as axe sees it, hashed: the key of "this kind of page in this state". */
export async function pageState(page: Page): Promise<string> {
  const structure = await page.evaluate(() => {
    // Attribute values that only carry data: which record a link opens, what was typed.
    const dataOnly = new Set(["href", "src", "srcset", "value", "action", "datetime", "content", "data-ready", "nonce"]);
    const out: string[] = [document.documentElement.lang, document.documentElement.dir, document.title ? "t" : "-"];
    for (const el of document.querySelectorAll("body *")) {
      let s = el.tagName;
      for (const a of el.attributes) s += dataOnly.has(a.name) ? ` ${a.name}` : ` ${a.name}=${a.value}`;
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
      out.push(text ? `${s} T` : s);
    }
    return out.join("\n");
  });
  return crypto.createHash("sha1").update(structure).digest("hex");
}
