// Checks every Uyghur page gets, from the shared fixture's scan (e2e/fixtures.ts), so that every page any test
// visits in ug, in both text sizes, is covered without a second crawl:
//  - no element sticks out of the viewport sideways (a mirrored layout that pushes something off the inline
//    start edge does not show as a scrollbar in RTL, so the document's scroll width alone would miss it);
//  - with E2E_UG_SCREENSHOTS=1, a full-page screenshot per kind of page under test-results/ug-pages/<project>/ for
//    a person to look at (not compared pixel by pixel). Off by default: nobody looks at them in CI, and a full-page
//    PNG of every kind of page cost about 0.3 s each, a tenth of a Uyghur test's time.
import fs from "node:fs";
import path from "node:path";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** Elements whose box leaves the viewport horizontally, unless a scrolling or clipping ancestor contains them. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const hiddenByClip = (s: CSSStyleDeclaration) =>
      s.clip === "rect(0px, 0px, 0px, 0px)" || s.clipPath.startsWith("inset(50%");
    const offenders: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || (r.left >= -1 && r.right <= vw + 1)) continue;
      const s = getComputedStyle(el);
      if (s.visibility === "hidden" || s.display === "contents" || hiddenByClip(s) || r.bottom < 0) continue;
      let contained = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const as = getComputedStyle(a);
        if (as.overflowX !== "visible" || hiddenByClip(as)) {
          contained = true;
          break;
        }
      }
      if (contained) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
      offenders.push(`${name} at ${Math.round(r.left)}…${Math.round(r.right)} of ${vw}`);
    }
    return offenders;
  });
}

/** The kind of page: ids, references and numbers in the path become ":id", so each kind is photographed once. */
export function pageKind(pathname: string): string {
  return pathname
    .split("/")
    .map((seg) => ((/\d/.test(seg) && seg.length >= 6) || /^c[a-z0-9]{20,}$/.test(seg) ? ":id" : seg))
    .join("/");
}

export async function checkUyghurPage(page: Page, info: TestInfo) {
  const pathname = new URL(page.url()).pathname;
  expect(await horizontalOverflow(page), `elements outside the viewport on ${pathname}`).toEqual([]);
  if (!process.env.E2E_UG_SCREENSHOTS) return;
  const file =
    pageKind(pathname)
      .replace(/^\//, "")
      .replace(/[^a-z0-9:_-]+/gi, "_")
      .replace(/:/g, "") || "home";
  const shot = path.join(info.project.outputDir, "ug-pages", info.project.name, `${file}.png`);
  // Once per kind of page in the run: another worker may have taken it already (the run starts with an empty
  // output directory).
  if (fs.existsSync(shot)) return;
  await page.screenshot({ path: shot, fullPage: true });
}
