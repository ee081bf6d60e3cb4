// The Uyghur page check can fail: an element pushed past the inline start edge (which in RTL scrolls nowhere) is
// reported. Every ug page any test visits runs the same check from the shared fixture.
import { expect, inVariants, test } from "../fixtures";
import { horizontalOverflow, pageKind } from "./page-checks";

// One Uyghur variant is enough to show the check fails.
test(
  "an element outside the viewport on a Uyghur page is reported",
  { tag: inVariants("ug-standard") },
  async ({ page, visit }) => {
    await visit("/track");
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.getByRole("main").evaluate((main) => {
      const wide = document.createElement("p");
      wide.textContent = "wide";
      wide.style.width = "150vw";
      main.append(wide);
    });
    expect(await horizontalOverflow(page)).toEqual([expect.stringMatching(/^p "wide" at -\d+…\d+ of \d+$/)]);
    expect(pageKind("/ug/applications/demoapp000004/receipt")).toBe("/ug/applications/:id/receipt");
  },
);
