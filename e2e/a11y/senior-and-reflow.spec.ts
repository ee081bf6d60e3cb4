// Issue "Senior-friendly mode…": measured in the browser. In senior mode body text ≥ 20 px with line height ≥ 1.5,
// every visible link, button and control ≥ 60×60 px (offenders listed); at 320 px no horizontal scrolling; the
// read-aloud control is present and labelled where it is promised.
import type { Page } from "@playwright/test";
import { expect, largeOnly, pairA, standardOnly, test } from "../fixtures";

const publicPaths = [
  "/",
  "/services",
  "/services/elderly-allowance",
  "/track",
  "/accessibility",
  "/sign-in",
  "/staff/sign-in",
];
const residentPaths = [
  "/account",
  "/applications",
  "/applications/demoapp000004",
  "/applications/demoapp000007/receipt",
  "/account/inbox",
  "/account/data",
];

async function measure(page: Page) {
  return page.evaluate(() => {
    const visible = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== "hidden";
    };
    const text = [...document.querySelectorAll("main p, main li, main label, main td, main dd, main dt")].filter(
      visible,
    );
    const small = text
      .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 20)
      .map((e) => e.textContent!.trim().slice(0, 30));
    const tight = text
      .filter((e) => {
        const s = getComputedStyle(e);
        return parseFloat(s.lineHeight) / parseFloat(s.fontSize) < 1.5;
      })
      .map((e) => e.textContent!.trim().slice(0, 30));
    const targets = [
      ...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, [role=button]"),
    ]
      .filter(visible)
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width < 60 || r.height < 60;
      })
      .map(
        (e) =>
          `${e.tagName.toLowerCase()} "${(e.getAttribute("aria-label") || e.textContent || "").trim().slice(0, 30)}"`,
      );
    return { small, tight, targets };
  });
}

/** Demo resident 王建国, whose seeded applications the resident pages show. */
const WANG = "13800000002";

const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test(
  "senior mode: text, line height and target sizes on every kind of page",
  { tag: largeOnly },
  async ({ page, visit, signInAs, t }) => {
    test.setTimeout(120_000);
    const check = async (path: string) => {
      const m = await measure(page);
      expect(m.small, `text under 20 px on ${path}`).toEqual([]);
      expect(m.tight, `line height under 1.5 on ${path}`).toEqual([]);
      expect(m.targets, `targets under 60×60 px on ${path}`).toEqual([]);
    };
    for (const path of publicPaths) {
      await visit(path);
      await check(path);
    }
    // The portal's name and its tagline stay on two lines (every link is a flex row in senior mode).
    const home = page.getByRole("banner").getByRole("link", { name: new RegExp(`^${t("site.name")}`) });
    const [name, tagline] = await home
      .locator("span:not(:has(span))")
      .evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().toJSON() as DOMRect));
    expect(tagline!.top, "the tagline sits under the portal's name").toBeGreaterThanOrEqual(name!.bottom - 1);
    await signInAs("resident", WANG);
    for (const path of residentPaths) {
      await visit(path);
      await check(path);
    }
  },
);

// One size is enough for the standard check; the large one runs below.
test("at 320 px wide no page scrolls sideways", { tag: standardOnly }, async ({ page, visit, signInAs }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const path of publicPaths) {
    await visit(path);
    expect(await overflows(page), `horizontal scroll at 320 px on ${path}`).toBe(false);
  }
  await signInAs("resident", WANG);
  for (const path of residentPaths) {
    await visit(path);
    expect(await overflows(page), `horizontal scroll at 320 px on ${path}`).toBe(false);
  }
});

test(
  "at 320 px in senior mode the catalogue, a guide and a status page reflow",
  { tag: largeOnly },
  async ({ page, visit, signInAs }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of ["/", "/services", "/services/minimum-living-allowance", "/track"]) {
      await visit(path);
      expect(await overflows(page), `horizontal scroll at 320 px on ${path}`).toBe(false);
    }
    await signInAs("resident", WANG);
    await visit("/applications/demoapp000006");
    expect(await overflows(page)).toBe(false);
  },
);

test(
  "read aloud is offered, labelled, on the guide, the status and the receipt, and says so when there is no voice",
  { tag: pairA },
  async ({ page, visit, signInAs, t }) => {
    await visit("/services/elderly-allowance");
    await expect(page.getByRole("button", { name: t("a11y:readAloud.start") })).toBeVisible();
    await signInAs("resident", WANG);
    for (const path of ["/applications/demoapp000007", "/applications/demoapp000007/receipt"]) {
      await visit(path);
      await expect(page.getByRole("button", { name: t("a11y:readAloud.start") })).toBeVisible();
    }
    // Headless Chromium has no speech voices: the control must tell the person, not fail silently.
    await page.getByRole("button", { name: t("a11y:readAloud.start") }).click();
    await expect(page.getByText(t("a11y:readAloud.noVoice"))).toBeVisible();
  },
);
