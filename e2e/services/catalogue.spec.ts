// The catalogue: search by words in the page's language (Uyghur as people type it: inflected, on any keyboard) and,
// in senior mode, fewer items per screen: the hall's most-used items first in one column, the rest under "more".
import { expect, largeOnly, standardOnly, test } from "../fixtures";
import { services } from "../../lib/services";
import { mostUsedSlugs } from "../../lib/services/most-used";

const title = (slug: string, locale: "zh" | "ug") => services.find((s) => s.slug === slug)!.title[locale];

// Search does not depend on the text size: standard size only.
test(
  "search finds items by words in the page's language",
  { tag: standardOnly },
  async ({ page, visit, checkA11y, t, portalLocale }) => {
    // Uyghur: the base form "insurance" finds titles that inflect it (سۇغۇرتىسىغا), and a Persian-keyboard kaf still
    // finds the social security card.
    const queries: Array<[string, string]> =
      portalLocale === "zh"
        ? [
            ["保险", "resident-pension-insurance"],
            ["社保卡", "social-security-card"],
          ]
        : [
            ["سۇغۇرتا", "resident-pension-insurance"],
            ["کارتا", "social-security-card"],
          ];
    for (const [q, slug] of queries) {
      await visit("/services");
      await page.getByRole("searchbox", { name: t("services:catalogue.searchLabel") }).fill(q);
      await page.getByRole("button", { name: t("services:catalogue.searchButton"), exact: true }).click();
      await expect(page).toHaveURL(/\?q=/);
      await expect(page.getByRole("link", { name: title(slug, portalLocale) })).toBeVisible();
      await expect(page.getByRole("link", { name: title("elderly-allowance", portalLocale) })).toHaveCount(0);
      await checkA11y();
    }
  },
);

test(
  "senior mode shows the most-used items first, one column, and the rest under 'more'",
  { tag: largeOnly },
  async ({ page, visit, checkA11y, t, portalLocale }) => {
    await visit("/services");
    const mostUsed = page
      .getByRole("list")
      .filter({ has: page.getByRole("link", { name: title(mostUsedSlugs[0], portalLocale) }) });
    await expect(page.getByRole("heading", { level: 2, name: t("services:catalogue.mostUsed") })).toBeVisible();
    await expect(mostUsed.getByRole("heading", { level: 3 })).toHaveText(
      mostUsedSlugs.map((s) => title(s, portalLocale)),
    );

    // One column: every card starts at the same inline position.
    const starts = await mostUsed
      .getByRole("listitem")
      .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().left)));
    expect(new Set(starts).size, `card positions ${starts.join(", ")}`).toBe(1);

    // The other items wait behind "more", which opens with the keyboard.
    const others = services.filter((s) => !(mostUsedSlugs as readonly string[]).includes(s.slug));
    const hidden = page.getByRole("link", { name: others[0]!.title[portalLocale] });
    await expect(hidden).toBeHidden();
    const more = page.locator("summary", {
      hasText: t("services:catalogue.more_other", { count: String(others.length) }),
    });
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(hidden).toBeVisible();
    for (const s of others) await expect(page.getByRole("link", { name: s.title[portalLocale] })).toBeVisible();
    await checkA11y();
  },
);
