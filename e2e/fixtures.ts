// Shared fixtures: the project's locale and text size, translations for finding elements by their accessible
// names, and an axe scan of every page a test visits (a test fails if it visited a page that was not scanned
// clean).
import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { resources } from "../lib/i18n/resources";
import { checkUyghurPage } from "./uyghur/page-checks";

export type PortalOptions = { portalLocale: "zh" | "ug"; textSize: "standard" | "large" };
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
export const DEMO_PASSWORD = "Demo#2026";

type Translate = (key: string, vars?: Record<string, string>) => string;

/** Looks a key up in the locale files ("ns:a.b"), the same texts the portal renders. */
export function translator(locale: "zh" | "ug"): Translate {
  return (key, vars = {}) => {
    const [ns, path] = key.includes(":") ? key.split(":") as [string, string] : ["common", key];
    let node: unknown = (resources[locale] as Record<string, unknown>)[ns];
    for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== "string") throw new Error(`no ${locale} text for ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, v: string) => vars[v] ?? "");
  };
}

export async function expectNoAxeViolations(page: Page, textSize: PortalOptions["textSize"]) {
  // Senior mode aims at AAA contrast (7:1): the enhanced-contrast rule joins the same run (one scan per page).
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (textSize === "large") builder.options({ rules: { "color-contrast-enhanced": { enabled: true } } });
  const result = await builder.analyze();
  const summary = result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(summary, `axe violations on ${page.url()}${textSize === "large" ? " (with AAA contrast)" : ""}`).toEqual([]);
}

type Fixtures = {
  t: Translate;
  /** Goes to a path under the project's locale ("/sign-in" → "/ug/sign-in") and scans it. */
  visit: (path: string) => Promise<void>;
  /** Scans the page as it is now (after a click that navigated or changed it). */
  checkA11y: () => Promise<void>;
};

export const test = base.extend<PortalOptions & Fixtures>({
  portalLocale: ["zh", { option: true }],
  textSize: ["standard", { option: true }],
  context: async ({ context, textSize, baseURL }, use) => {
    await context.addCookies([{ name: "text-size", value: textSize, url: baseURL! }]);
    await use(context);
  },
  t: async ({ portalLocale }, use) => use(translator(portalLocale)),
  page: async ({ page, textSize, portalLocale, javaScriptEnabled }, use, testInfo) => {
    const visited = new Set<string>();
    const scanned = new Set<string>();
    page.on("load", () => visited.add(new URL(page.url()).pathname));
    (page as Page & { __scan?: () => Promise<void> }).__scan = async () => {
      await page.waitForLoadState("load");
      // After a client-side navigation Next.js streams the new <title> after the content: let the navigation's
      // requests settle and the title appear before judging the page.
      await page.waitForLoadState("networkidle", { timeout: 5000 }).catch(() => {});
      await page.waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 5000 }).catch(() => {});
      // axe runs as a script in the page, so it cannot run with JavaScript off; those tests visit pages that the
      // JavaScript-on tests scan.
      if (javaScriptEnabled !== false) {
        await expectNoAxeViolations(page, textSize);
        // Every Uyghur page: nothing outside the viewport sideways, and a screenshot per kind of page.
        if (portalLocale === "ug") await checkUyghurPage(page, testInfo);
      }
      scanned.add(new URL(page.url()).pathname);
    };
    await use(page);
    const missed = [...visited].filter((p) => !scanned.has(p) && !p.startsWith("/api/"));
    if (missed.length && !page.isClosed()) {
      // Scan the page the test ended on; any other unscanned page is a test that forgot to check.
      const current = new URL(page.url()).pathname;
      if (missed.includes(current)) await (page as Page & { __scan: () => Promise<void> }).__scan();
      expect([...visited].filter((p) => !scanned.has(p) && !p.startsWith("/api/")), "pages visited without an axe scan").toEqual([]);
    }
  },
  checkA11y: async ({ page }, use) => use(() => (page as Page & { __scan: () => Promise<void> }).__scan()),
  visit: async ({ page, portalLocale, checkA11y }, use) =>
    use(async (path: string) => {
      await page.goto(`/${portalLocale}${path === "/" ? "" : path}`);
      await checkA11y();
    }),
});

export { expect };

/** Pairs of variants that together cover both languages and both text sizes. */
export const variantPairs = [["zh-standard", "ug-large"], ["zh-large", "ug-standard"]] as const;

/**
 * Runs the calling test in one pair of variants only (both languages, one text size each). For long journeys whose
 * every page is already scanned in all four variants by shorter tests: CI must stay under 30 minutes (NOTES.md).
 */
export function inVariantPair(pair: 0 | 1) {
  const name = test.info().project.name;
  test.skip(!(variantPairs[pair] as readonly string[]).includes(name), `runs in ${variantPairs[pair].join(" and ")}`);
}

export async function signIn(page: Page, t: Translate, audience: "resident" | "staff", login: string, password = DEMO_PASSWORD) {
  await page.getByLabel(t(audience === "resident" ? "auth:resident.login" : "auth:staff.login")).fill(login);
  await page.getByLabel(t("auth:password")).fill(password);
  await page.getByRole("button", { name: t("auth:submit"), exact: true }).click();
}
