// Issue "Progress tracking…": the resident follows an application through supplement, parallel approval and
// result, and every step shows in their timeline; withdraw and undo; nobody else's application opens by URL.
import { expect, inVariants, pairB, test } from "../fixtures";
import { useSession } from "../support/sessions";
import { residentFor } from "../apply-helpers";
import { services } from "../../lib/services";
import { answers as mlaAnswers } from "../answer-fixtures/minimum-living-allowance.answers";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";
import type { Browser, Page } from "@playwright/test";
import { submitAsResident } from "../support/direct-data-client";

const mla = services.find((s) => s.slug === "minimum-living-allowance")!;
const elderly = services.find((s) => s.slug === "elderly-allowance")!;

/** A staff member in a browser of their own, signed in, on the application's workbench page. */
async function staffPage(
  browser: Browser,
  baseURL: string,
  textSize: string,
  locale: "zh" | "ug",
  login: string,
  id: string,
  checkA11y: (p: Page) => Promise<void>,
) {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([{ name: "text-size", value: textSize, url: baseURL }]);
  await useSession(context, baseURL, "staff", login);
  const page = await context.newPage();
  await page.goto(`/${locale}/review/applications/${id}`);
  await checkA11y(page);
  return { page, close: () => context.close() };
}

// The longest journey: in both languages, one text size each (every page it visits is scanned in all four
// variants by shorter tests).
test(
  "supplement, parallel approval and result: the resident sees every step",
  { tag: inVariants("zh-standard", "ug-large") },
  async ({ page, visit, signInAs, checkA11y, checkA11yOf, t, portalLocale, browser, baseURL, textSize }, info) => {
    test.setTimeout(240_000);
    const scan = checkA11yOf;
    // Submitted through the use cases: the form pages are the journeys' subject, this test is about what follows.
    const { reference, id } = await submitAsResident(residentFor(info.project.name, 15), mla.slug, mlaAnswers);
    await signInAs("resident", residentFor(info.project.name, 15));

    await visit(`/applications/${id}`);
    await expect(page.getByRole("definition").getByText(t("tracking:status.submitted"), { exact: true })).toBeVisible();

    // Civil affairs asks, once, for everything missing: the hardship proof.
    const hardship = mla.materials.find((m) => m.id === "hardship-proof")!;
    const civil = await staffPage(browser, baseURL!, textSize, portalLocale, "reviewer01", id, scan);
    await civil.page.getByRole("checkbox", { name: hardship.title[portalLocale] }).check();
    await civil.page.getByRole("button", { name: t("workbench:action.request_supplement"), exact: true }).click();
    await expect(
      civil.page.getByText(t("workbench:action.done", { action: t("workbench:action.request_supplement") })),
    ).toBeVisible();
    await scan(civil.page);

    // The resident uploads it and resubmits; the clock was paused meanwhile.
    await page.reload();
    await expect(
      page.getByRole("definition").getByText(t("tracking:status.supplement_requested"), { exact: true }),
    ).toBeVisible();
    await expect(page.getByText(t("tracking:detail.paused"))).toBeVisible();
    await checkA11y();
    await page.getByLabel(hardship.title[portalLocale]).setInputFiles(`${__dirname}/../files/sample.png`);
    await expect(page.getByText(new RegExp(`${t("tracking:supplement.uploaded")}.*sample\\.png`))).toBeVisible();
    await page.getByRole("button", { name: t("tracking:supplement.submit") }).click();
    await expect(page.getByRole("definition").getByText(t("tracking:status.submitted"), { exact: true })).toBeVisible();
    await checkA11y();

    // Accepted, then civil affairs and the township office sign off in parallel; the result is issued.
    await civil.page.reload();
    await civil.page.getByRole("button", { name: t("workbench:action.accept"), exact: true }).click();
    await expect(
      civil.page.getByRole("button", { name: t("workbench:action.approve_part"), exact: true }),
    ).toBeVisible();
    await civil.page.getByRole("button", { name: t("workbench:action.approve_part"), exact: true }).click();
    await expect(civil.page.getByText(t("tracking:status.under_review"), { exact: true }).first()).toBeVisible();
    await scan(civil.page);
    const township = await staffPage(browser, baseURL!, textSize, portalLocale, "reviewer03", id, scan);
    await township.page.getByRole("button", { name: t("workbench:action.approve_part"), exact: true }).click();
    await expect(township.page.getByText(t("tracking:status.approved"), { exact: true }).first()).toBeVisible();
    await scan(township.page);
    await township.close();
    await civil.page.reload();
    await civil.page.getByLabel(t("tracking:delivery.window")).check();
    await civil.page.getByRole("button", { name: t("workbench:action.issue_result"), exact: true }).click();
    await expect(civil.page.getByText(t("tracking:status.result_issued"), { exact: true }).first()).toBeVisible();
    await scan(civil.page);
    await civil.close();

    // Every step in the resident's timeline, oldest first, with who acted.
    await page.reload();
    await expect(
      page.getByRole("definition").getByText(t("tracking:status.result_issued"), { exact: true }),
    ).toBeVisible();
    const timeline = page
      .getByRole("region", { name: t("tracking:detail.timeline") })
      .getByRole("listitem")
      .filter({ has: page.locator("time") });
    const steps = await timeline.getByRole("heading", { level: 3 }).allInnerTexts();
    expect(steps).toEqual(
      ["submitted", "request_supplement", "resubmit", "accept", "approve_part", "approve_part", "issue_result"].map(
        (e) => t(`tracking:event.${e}`),
      ),
    );
    await expect(timeline.nth(1)).toContainText(hardship.title[portalLocale]);
    await expect(timeline.nth(5)).toContainText(t("services:departments.township"));
    await expect(timeline.nth(6)).toContainText(t("tracking:delivery.window"));
    await checkA11y();

    // Each change reached the inbox, in the page's language.
    await visit("/account/inbox");
    await expect(page.getByRole("main")).toContainText(t("tracking:event.issue_result"));
    await expect(page.getByRole("main")).toContainText(reference);
  },
);

test(
  "undo within ten minutes, withdraw with confirmation, and no one else's application by URL",
  { tag: pairB },
  async ({ page, visit, signInAs, checkA11y, t, portalLocale, browser, baseURL }, info) => {
    test.setTimeout(180_000);
    const first = await submitAsResident(residentFor(info.project.name, 16), elderly.slug, elderlyAnswers);
    await signInAs("resident", residentFor(info.project.name, 16));

    // Undo: back to a draft that opens for changes, then submitted again (a new reference).
    await visit(`/applications/${first.id}`);
    await page.getByRole("button", { name: t("tracking:undo.submit") }).click();
    await page.waitForURL(/\/apply\/review$/);
    await checkA11y();
    await page.getByRole("button", { name: t("applications:review.submit") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("applications:receipt.submitted"));
    const second = await page.getByRole("status").locator("strong bdi").innerText();
    expect(second).not.toBe(first.reference);
    await checkA11y();

    // Withdraw needs the tick; then it is withdrawn and can no longer be withdrawn or undone.
    await visit(`/applications/${first.id}`);
    const withdraw = page.getByRole("region", { name: t("tracking:withdraw.title") });
    await withdraw.getByRole("button", { name: t("tracking:withdraw.submit") }).click();
    await expect(withdraw.getByText(t("tracking:withdraw.confirmRequired"))).toBeVisible();
    await checkA11y();
    await withdraw.getByLabel(t("tracking:withdraw.confirm")).check();
    await withdraw.getByRole("button", { name: t("tracking:withdraw.submit") }).click();
    await expect(page.getByRole("definition").getByText(t("tracking:status.withdrawn"), { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: t("tracking:withdraw.submit") })).toHaveCount(0);
    await expect(page.getByRole("button", { name: t("tracking:undo.submit") })).toHaveCount(0);
    await checkA11y();

    // Another resident gets "not found" for this application's progress page and receipt.
    const other = await browser.newContext({ baseURL });
    await useSession(other, baseURL!, "resident", "13800000002");
    const otherPage = await other.newPage();
    for (const path of [`/applications/${first.id}`, `/applications/${first.id}/receipt`]) {
      const res = await otherPage.goto(`/${portalLocale}${path}`);
      expect(res?.status()).toBe(404);
      await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText(t("errors:notFound.title"));
    }
    await other.close();
  },
);
