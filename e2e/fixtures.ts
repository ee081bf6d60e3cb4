// Shared fixtures: the project's locale and text size, translations for finding elements by their accessible
// names, signed-in sessions without the sign-in page, and an accessibility scan of every page a test visits (a test
// fails if it visited a page that was not scanned). axe itself runs once per kind of page and state in each project
// and run (e2e/support/scan.ts); the Uyghur layout check runs on every visit.
import fs from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import { resources } from "../lib/i18n/resources";
import { checkUyghurPage } from "./uyghur/page-checks";
import { expectNoAxeViolations, pageState, trackNavigations, waitForPageReady } from "./support/scan";
import { DEMO_PASSWORD, useSession, type Audience } from "./support/sessions";
import { withStaffCode } from "./support/authenticator";
import type { PortalOptions } from "./support/variants";
import { DEMO_TERMINAL_KEY } from "../prisma/seed-data";

export type { PortalOptions } from "./support/variants";
export { pairA, pairB, largeOnly, standardOnly, inVariants } from "./support/variants";
export { AXE_TAGS, expectNoAxeViolations, waitForPageReady } from "./support/scan";
export { DEMO_PASSWORD } from "./support/sessions";

type Translate = (key: string, vars?: Record<string, string>) => string;

/** Looks a key up in the locale files ("ns:a.b"), the same texts the portal renders. */
export function translator(locale: "zh" | "ug"): Translate {
  return (key, vars = {}) => {
    const [ns, path] = key.includes(":") ? (key.split(":") as [string, string]) : ["common", key];
    let node: unknown = (resources[locale] as Record<string, unknown>)[ns];
    for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== "string") throw new Error(`no ${locale} text for ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, v: string) => vars[v] ?? "");
  };
}

/** A random address from the documentation range 2001:db8::/32, one per test context (or per page that needs two). */
export function testClientAddress(): string {
  const part = () => Math.floor(Math.random() * 0x10000).toString(16);
  return `2001:db8:${part()}:${part()}:${part()}:${part()}:${part()}:${part()}`;
}

/** axe results already known clean in this worker, by project, kind of page and state. */
const scannedStates = new Set<string>();

type Fixtures = {
  t: Translate;
  /** Goes to a path under the project's locale ("/sign-in" → "/ug/sign-in") and scans it. */
  visit: (path: string) => Promise<void>;
  /** Scans the page as it is now (after a click that navigated or changed it). */
  checkA11y: () => Promise<void>;
  /** Scans another page (a second browser context: a reviewer, another device) the same way. */
  checkA11yOf: (page: Page) => Promise<void>;
  /** Makes this test's browser the demo hall kiosk (the device cookie its enrolment sets; prisma/seed-data.ts). */
  enrolTerminal: () => Promise<void>;
  /** Signs this test's browser context in as an account, without the sign-in page. */
  signInAs: (audience: Audience, login: string, password?: string) => Promise<void>;
};

export const test = base.extend<PortalOptions & Fixtures>({
  portalLocale: ["zh", { option: true }],
  textSize: ["standard", { option: true }],
  context: async ({ context, textSize, baseURL }, use) => {
    await context.addCookies([{ name: "text-size", value: textSize, url: baseURL! }]);
    // Its own client address for every test (the test server trusts one proxy hop: scripts/serve-test.ts), so the
    // per-client rate limits of tests running in parallel from this one machine never add up.
    await context.setExtraHTTPHeaders({ "x-forwarded-for": testClientAddress() });
    await use(context);
  },
  t: async ({ portalLocale }, use) => use(translator(portalLocale)),
  enrolTerminal: async ({ context, baseURL }, use) =>
    use(async () => {
      await context.addCookies([
        { name: "portal-terminal-device", value: DEMO_TERMINAL_KEY, url: baseURL!, httpOnly: true, sameSite: "Strict" },
      ]);
    }),
  checkA11yOf: async ({ textSize, portalLocale, javaScriptEnabled }, use, testInfo) => {
    await use(async (page: Page) => {
      // axe runs as a script in the page, so it cannot run with JavaScript off; those tests visit pages that the
      // JavaScript-on tests scan.
      if (javaScriptEnabled === false) return;
      const t0 = Date.now();
      await waitForPageReady(page);
      const t1 = Date.now();
      const pathname = new URL(page.url()).pathname;
      const key = `${testInfo.project.name}-${await pageState(page)}`;
      const t2 = Date.now();
      // Known clean in this worker, or in another worker of this run (a marker file under the run's output
      // directory, which Playwright empties when a run starts).
      const marker = path.join(testInfo.project.outputDir, ".axe-clean", key);
      const fresh = !scannedStates.has(key) && !fs.existsSync(marker);
      if (fresh) {
        await expectNoAxeViolations(page, textSize);
        fs.mkdirSync(path.dirname(marker), { recursive: true });
        fs.writeFileSync(marker, page.url());
      }
      scannedStates.add(key);
      const t3 = Date.now();
      // Every Uyghur page: nothing outside the viewport sideways (on every visit: text length matters), and a
      // screenshot per kind of page.
      if (portalLocale === "ug") await checkUyghurPage(page, testInfo);
      if (process.env.E2E_PROFILE)
        console.log(
          `[scan] ${key.slice(-30)} ${pathname} ready ${t1 - t0} ms, state ${t2 - t1} ms, axe ${fresh ? t3 - t2 : "-"} ms, ug ${Date.now() - t3} ms`,
        );
    });
  },
  page: async ({ page, javaScriptEnabled, checkA11yOf }, use) => {
    trackNavigations(page);
    const visited = new Set<string>();
    const scanned = new Set<string>();
    page.on("load", () => visited.add(new URL(page.url()).pathname));
    const scan = async () => {
      if (javaScriptEnabled === false) await page.waitForLoadState("load");
      else await checkA11yOf(page);
      scanned.add(new URL(page.url()).pathname);
    };
    (page as Page & { __scan?: () => Promise<void> }).__scan = scan;
    await use(page);
    const missed = () => [...visited].filter((p) => !scanned.has(p) && !p.startsWith("/api/"));
    if (missed().length && !page.isClosed()) {
      // Scan the page the test ended on; any other unscanned page is a test that forgot to check.
      if (missed().includes(new URL(page.url()).pathname)) await scan();
      expect(missed(), "pages visited without an axe scan").toEqual([]);
    }
  },
  checkA11y: async ({ page }, use) => use(() => (page as Page & { __scan: () => Promise<void> }).__scan()),
  visit: async ({ page, portalLocale, checkA11y }, use) =>
    use(async (path: string) => {
      await page.goto(`/${portalLocale}${path === "/" ? "" : path}`);
      await checkA11y();
    }),
  signInAs: async ({ context, baseURL }, use) =>
    use((audience: Audience, login: string, password = DEMO_PASSWORD) =>
      useSession(context, baseURL!, audience, login, password),
    ),
});

export { expect };

/** Signs in through the sign-in page's form, the way a person does (for the tests of sign-in itself). */
export async function signIn(page: Page, t: Translate, audience: Audience, login: string, password = DEMO_PASSWORD) {
  await page.getByLabel(t(audience === "resident" ? "auth:resident.login" : "auth:staff.login")).fill(login);
  await page.getByLabel(t("auth:password")).fill(password);
  // The form posts to a server action on this page. Wait for its answer and, unless it redirects, for React to have
  // rendered it (the button is named "sign in" again, not "signing in…": the same commit resets the form), so that a
  // next attempt is never typed into fields that React is about to reset.
  const path = new URL(page.url()).pathname;
  const button = page.getByRole("button", { name: t("auth:submit"), exact: true });
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === path),
    button.click(),
  ]);
  const redirectTo = answer.headers()["x-action-redirect"] ?? "";
  if (answer.status() < 300 && !redirectTo) await expect(button).toBeEnabled();
  // Staff: the password was right; the authenticator code comes next, on its own page.
  if (audience === "staff" && redirectTo.includes("/staff/second-factor")) await enterStaffCode(page, t, login);
}

/** The second step of a staff sign-in by keyboard alone: the code field has the focus, Enter submits; then `next`. */
export async function typeStaffCodeByKeyboard(page: Page, t: Translate, next: RegExp, login?: string) {
  await expect(page).toHaveURL(/\/staff\/second-factor$/);
  await (page as Page & { __scan?: () => Promise<void> }).__scan?.();
  const field = page.getByLabel(t("auth:secondFactor.code"));
  await expect(field).toBeFocused();
  await withStaffCode(async (code) => {
    await field.focus(); // after a refused code the focus is on the message; a person tabs back (not under test here)
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(code);
    await page.keyboard.press("Enter");
    return page.waitForURL(next, { timeout: 5000 }).then(
      () => true,
      () => false,
    );
  }, login);
}

/** The second step of a staff sign-in, typed from the demo authenticator; the page is scanned like any other. */
export async function enterStaffCode(page: Page, t: Translate, login?: string) {
  await expect(page).toHaveURL(/\/staff\/second-factor$/);
  await (page as Page & { __scan?: () => Promise<void> }).__scan?.();
  const button = page.getByRole("button", { name: t("auth:secondFactor.submit"), exact: true });
  await withStaffCode(async (code) => {
    await page.getByLabel(t("auth:secondFactor.code")).fill(code);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && /\/staff\/second-factor$/.test(r.url())),
      button.click(),
    ]);
    if (answer.headers()["x-action-redirect"]) return true;
    await expect(button).toBeEnabled();
    return false;
  }, login);
}
