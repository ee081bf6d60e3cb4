// The accessibility scan every visited page gets, and what keeps it affordable: axe runs once per kind of page and
// state in each project. A kind of page in a state is its structure as axe sees it (the path is not part of it: two
// items' declaration steps built alike are one kind): every element with its attributes (minus
// values that only carry data, such as link targets and typed values) and whether it holds text. Two visits that
// differ only in data (another resident's name, another reference) give the same structure and the same axe result;
// an error summary, an open panel, an invalid field or another status badge is a new state and is scanned again.
import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, type Page, type Request } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// axe-core itself, as @axe-core/playwright ships it. AxeBuilder would send and parse this 0.5 MB script twice per
// scan and open a blank page to merge frame results; we have no frames, so it is put into each document once and
// AxeBuilder runs in legacy mode (axe.run in the page) with a no-op script of its own.
const axeSource = fs.readFileSync(
  createRequire(require.resolve("@axe-core/playwright")).resolve("axe-core/axe.min.js"),
  "utf8",
);

async function ensureAxe(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
}

export async function expectNoAxeViolations(page: Page, textSize: "standard" | "large") {
  await ensureAxe(page);
  // Senior mode aims at AAA contrast (7:1): the enhanced-contrast rule replaces the AA one in the same run. Every
  // text that meets 7:1 (4.5:1 when large) also meets AA's 4.5:1 (3:1), and both rules measure the same way, so
  // running both would only measure every text twice (contrast is the slowest rule axe has).
  // Only violations come back in full: passes and inapplicable rules would otherwise be serialized node by node and
  // sent over the protocol on every scan, for nothing.
  const builder = new AxeBuilder({ page, axeSource: "void 0" }).setLegacyMode(true).withTags(AXE_TAGS);
  const rules =
    textSize === "large"
      ? { "color-contrast-enhanced": { enabled: true }, "color-contrast": { enabled: false } }
      : undefined;
  builder.options({ resultTypes: ["violations"], ...(rules ? { rules } : {}) });
  const result = await builder.analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(" | ")}`,
  );
  expect(summary, `axe violations on ${page.url()}${textSize === "large" ? " (with AAA contrast)" : ""}`).toEqual([]);
}

// Navigations and server actions in flight, per page: a click on a link or a submit button returns before the new
// page arrives, and the old page (still "ready") must not be scanned in its place.
const inFlight = new WeakMap<Page, Set<Request>>();

function isNavigation(r: Request): boolean {
  const h = r.headers();
  if (r.resourceType() === "document") return r.frame() === r.frame().page().mainFrame();
  return (h["rsc"] === "1" && h["next-router-prefetch"] === undefined) || h["next-action"] !== undefined;
}

/** Starts counting a page's navigations (the fixture does it for the test's page as soon as it exists). */
export function trackNavigations(page: Page) {
  if (inFlight.has(page)) return;
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on("request", (r) => {
    if (isNavigation(r)) pending.add(r);
  });
  page.on("requestfinished", (r) => pending.delete(r));
  page.on("requestfailed", (r) => pending.delete(r));
}

/** Waits until no navigation is in flight and React has committed and hydrated the URL the browser shows
 * (components/layout/page-ready-marker). */
export async function waitForPageReady(page: Page) {
  trackNavigations(page);
  const pending = inFlight.get(page)!;
  // A click's navigation request starts a moment after the click returns.
  await page.waitForTimeout(30);
  for (const deadline = Date.now() + 15_000; pending.size > 0 && Date.now() < deadline;) await page.waitForTimeout(20);
  await page.waitForLoadState("load");
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.ready === window.location.pathname + window.location.search &&
      document.title.trim().length > 0,
    undefined,
    { timeout: 15_000 },
  );
}

/**
 * The page's structure as axe sees it, hashed: the key of "this kind of page in this state". It is the *set* of
 * element signatures, not their sequence: a signature is the element's tag with its attributes (data-only values
 * and the names that only tie one element to another, such as ids and the references to them, reduced to "present")
 * under the tags of its ancestors, plus whether it holds text. So two step pages built from the same components in
 * the same states (a third text field, another item's labels) are one kind, and axe's answer for one is its answer
 * for the other; a new component, attribute value or nesting (an error summary, aria-invalid, an open panel, another
 * status badge, a heading level) makes a new signature and a new scan.
 */
export async function pageState(page: Page): Promise<string> {
  const structure = await page.evaluate(() => {
    // Attribute values that only carry data (which record a link opens, what was typed) or only tie elements
    // together (ids and references to them: axe checks that a reference resolves, which the components do the same
    // way on every page they render).
    const presentOnly = new Set([
      "href",
      "src",
      "srcset",
      "value",
      "action",
      "datetime",
      "content",
      "data-ready",
      "nonce",
      "id",
      "for",
      "name",
      "form",
      "list",
      "aria-describedby",
      "aria-labelledby",
      "aria-controls",
      "aria-owns",
      "aria-activedescendant",
      "aria-errormessage",
    ]);
    const signatures = new Set<string>();
    const walk = (el: Element, path: string) => {
      let s = `${path}>${el.tagName}`;
      for (const a of el.attributes) s += presentOnly.has(a.name) ? ` ${a.name}` : ` ${a.name}=${a.value}`;
      const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
      signatures.add(text ? `${s} T` : s);
      const childPath = `${path}>${el.tagName}${el.getAttribute("role") ? `[${el.getAttribute("role")}]` : ""}`;
      for (const child of el.children) walk(child, childPath);
    };
    walk(document.body, "");
    const text = [
      document.documentElement.lang,
      document.documentElement.dir,
      document.title ? "t" : "-",
      ...[...signatures].sort(),
    ].join("\n");
    // Hashed here (cyrb53, two 32-bit lanes) so that only the key crosses the protocol, not the whole structure.
    let h1 = 0xdeadbeef,
      h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return `${(h2 >>> 0).toString(16).padStart(8, "0")}${(h1 >>> 0).toString(16).padStart(8, "0")}${text.length.toString(16)}`;
  });
  // A key that is not a hash would make every page "already scanned": fail instead.
  if (!/^[0-9a-f]{17,}$/.test(structure)) throw new Error(`page state key ${structure} is not a hash`);
  return structure;
}
