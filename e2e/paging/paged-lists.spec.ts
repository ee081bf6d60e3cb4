// Issue 19, bounded queries: a list longer than a page is walked with plain "next page" / "previous page" links in
// a labelled nav (keyset paging, lib/paging/keyset.ts). The applications are made through the use cases
// (e2e/support/direct-data.ts) for an account of this test's own, so the count is exact.
import { expect, pairB, test } from "../fixtures";
import type { Locator, Page } from "@playwright/test";
import { useSession } from "../support/sessions";
import { newResident, submitManyAsResident } from "../support/direct-data-client";
import { services } from "../../lib/services";
import { PAGE_SIZE } from "../../lib/paging/keyset";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";

const elderly = services.find((s) => s.slug === "elderly-allowance")!;

/** The references shown in the "submitted" section, top to bottom. */
const referencesOn = (page: Page, region: string) =>
  page.getByRole("region", { name: region }).getByRole("listitem").locator("bdi[dir=ltr]").allInnerTexts();

/** A link sits at the nav's inline start (`start`) or end, in the page's direction. */
async function expectAtInlineEdge(link: Locator, nav: Locator, edge: "start" | "end", rtl: boolean) {
  const [l, n] = [(await link.boundingBox())!, (await nav.boundingBox())!];
  const left = Math.abs(l.x - n.x) < 2;
  const right = Math.abs(l.x + l.width - (n.x + n.width)) < 2;
  expect((edge === "start") !== rtl ? left : right, `${edge} edge`).toBe(true);
}

test(
  "my applications: the next page and back again, with plain links, in the reading direction",
  { tag: pairB },
  async ({ page, visit, signInAs, checkA11y, t, portalLocale, browser, baseURL }) => {
    test.setTimeout(240_000);
    const rtl = portalLocale === "ug";
    const resident = await newResident("registry");
    const made = await submitManyAsResident(
      resident.mobile,
      elderly.slug,
      {
        ...elderlyAnswers,
        applicantName: resident.name,
        applicantIdNumber: resident.idNumber,
        applicantMobile: resident.mobile,
      },
      PAGE_SIZE + 1,
    );
    // Newest submission first.
    const newestFirst = made.map((a) => a.reference).reverse();
    const submitted = t("applications:list.submitted");
    const pages = page.getByRole("navigation", { name: t("applications:list.paging") });
    const next = pages.getByRole("link", { name: t("common:paging.next") });
    const previous = pages.getByRole("link", { name: t("common:paging.previous") });

    await signInAs("resident", resident.mobile);
    await visit("/applications");
    expect(await referencesOn(page, submitted)).toEqual(newestFirst.slice(0, PAGE_SIZE));
    await expect(previous).toHaveCount(0);
    await expectAtInlineEdge(next, pages, "end", rtl);

    await next.click();
    await expect(page).toHaveURL(/[?&]cursor=/);
    await checkA11y();
    expect(await referencesOn(page, submitted)).toEqual(newestFirst.slice(PAGE_SIZE));
    await expect(next).toHaveCount(0);
    await expectAtInlineEdge(previous, pages, "start", rtl);

    await previous.click();
    await expect(previous).toHaveCount(0);
    await checkA11y();
    expect(await referencesOn(page, submitted)).toEqual(newestFirst.slice(0, PAGE_SIZE));

    // A cursor tampered with in the URL is page one, not an error page.
    await page.goto(`/${portalLocale}/applications?cursor=not-a-cursor`);
    await checkA11y();
    expect(await referencesOn(page, submitted)).toEqual(newestFirst.slice(0, PAGE_SIZE));

    // Without JavaScript the links are the same links.
    const plain = await browser.newContext({ baseURL, javaScriptEnabled: false });
    await useSession(plain, baseURL!, "resident", resident.mobile);
    const noJs = await plain.newPage();
    await noJs.goto(`/${portalLocale}/applications`);
    await noJs
      .getByRole("navigation", { name: t("applications:list.paging") })
      .getByRole("link", { name: t("common:paging.next") })
      .click();
    await expect(noJs).toHaveURL(/[?&]cursor=/);
    expect(await referencesOn(noJs, submitted)).toEqual(newestFirst.slice(PAGE_SIZE));
    await plain.close();
  },
);
