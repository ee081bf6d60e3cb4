// Public tracking without signing in, against the seeded demo applications (prisma/seed-applications-data.ts):
// 王建国's YN2026DEMO000003 (低保, under review, one of two departments has approved, with a staff note).
//
// Rate limits are real here, and all four projects reach the server from the same address: every test therefore
// presents its own client address (X-Forwarded-For; the test server trusts one proxy hop, scripts/serve-test.ts), and
// wrong ID parts are tried on a different reference per project, so parallel projects never lock each other out.
import { expect, test, testClientAddress } from "../fixtures";
import type { Page } from "@playwright/test";

const DEMO = {
  reference: "YN2026DEMO000003",
  idTail: "151239",
  name: "王建国",
  idNumber: "654002197203151239",
  note: "已入户调查",
};
/** References that get at most one wrong try per project and run (five would lock the reference for an hour). */
const WRONG_TAIL_REFERENCE: Record<string, string> = {
  "zh-standard": "YN2026DEMO000007",
  "zh-large": "YN2026DEMO000008",
  "ug-standard": "YN2026DEMO000010",
  "ug-large": "YN2026DEMO000012",
};

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": testClientAddress() });
});

/** Fills and sends the form, and waits until the answer is on the page (the ID part is then cleared again). */
async function lookUp(
  page: Page,
  t: (k: string, v?: Record<string, string>) => string,
  reference: string | null,
  idTail: string,
) {
  if (reference !== null) await page.getByLabel(t("tracking:track.reference"), { exact: true }).fill(reference);
  const tail = page.getByLabel(t("tracking:track.idTail"), { exact: true });
  await tail.fill(idTail);
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname.endsWith("/track"),
  );
  await page.getByRole("button", { name: t("tracking:track.submit"), exact: true }).click();
  await answered;
  await expect(tail).toHaveValue("");
}

test("the right reference and ID part show status, next step and timeline, and nothing about the applicant", async ({
  page,
  visit,
  checkA11y,
  t,
}) => {
  // The receipt's QR code links with ?ref=: the reference is filled in already.
  await visit(`/track?ref=${DEMO.reference}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("tracking:track.title"));
  const reference = page.getByLabel(t("tracking:track.reference"), { exact: true });
  await expect(reference).toHaveValue(DEMO.reference);
  await expect(reference).toHaveAttribute("dir", "ltr");
  await expect(reference).toHaveAttribute("autocomplete", "off");
  await lookUp(page, t, null, DEMO.idTail);

  const result = page.getByRole("region", { name: t("tracking:track.result") });
  await expect(result).toBeVisible();
  await expect(result).toContainText(t("tracking:status.under_review"));
  await expect(result).toContainText(t("tracking:next.under_review"));
  await expect(result).toContainText(t("tracking:detail.promisedBy"));
  await expect(result.getByRole("heading", { name: t("tracking:detail.timeline") })).toBeVisible();
  await expect(result.getByRole("listitem").filter({ hasText: t("tracking:event.submitted") })).toHaveCount(1);
  await expect(result.getByRole("listitem").filter({ hasText: t("tracking:event.approve_part") })).toHaveCount(1);
  // No personal data, no staff notes, and the ID part is not kept in the form.
  const main = page.getByRole("main");
  await expect(main).not.toContainText(DEMO.name);
  await expect(main).not.toContainText(DEMO.idNumber);
  await expect(main).not.toContainText(DEMO.note);
  expect(await page.content()).not.toContain(DEMO.idNumber);
  expect(page.url()).not.toContain(DEMO.idTail);
  await checkA11y();
});

test("a wrong ID part and an unknown reference get exactly the same answer", async ({
  page,
  visit,
  checkA11y,
  t,
}, info) => {
  await visit("/track");
  await lookUp(page, t, WRONG_TAIL_REFERENCE[info.project.name]!, "000000");
  const alert = page
    .getByRole("main")
    .getByRole("alert")
    .filter({ hasText: t("tracking:track.notFound") });
  await expect(alert).toHaveText(t("tracking:track.notFound"));
  await expect(page.getByRole("region", { name: t("tracking:track.result") })).toHaveCount(0);
  await checkA11y();

  await lookUp(page, t, `YN2026NOSUCH${info.project.name.length}${Date.now() % 100000}`, DEMO.idTail);
  await expect(
    page
      .getByRole("main")
      .getByRole("alert")
      .filter({ hasText: t("tracking:track.notFound") }),
  ).toHaveText(t("tracking:track.notFound"));
  await expect(page.getByRole("region", { name: t("tracking:track.result") })).toHaveCount(0);
  await checkA11y();
});

test("the form works with the keyboard alone", async ({ page, visit, checkA11y, t }) => {
  await visit("/track");
  const reference = page.getByLabel(t("tracking:track.reference"), { exact: true });
  for (let i = 0; i < 30 && !(await reference.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(reference).toBeFocused();
  await page.keyboard.type(DEMO.reference.toLowerCase()); // typed in lower case: forgiven
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(t("tracking:track.idTail"), { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO.idTail);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: t("tracking:track.result") })).toContainText(
    t("tracking:status.under_review"),
  );
  await checkA11y();
});

test("after five wrong ID parts for one reference, the next try is told to wait", async ({
  page,
  visit,
  checkA11y,
  t,
}, info) => {
  // A reference of its own (unknown ones count the same as real ones), so no other test or project is affected.
  const reference = `YN2026LIMIT${info.project.name.replace(/\W/g, "").toUpperCase()}${Date.now() % 1_000_000}`;
  await visit("/track");
  for (let i = 0; i < 5; i++) {
    await lookUp(page, t, reference, `00000${i}`);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(t("tracking:track.notFound"));
  }
  await lookUp(page, t, reference, "000009");
  // "… wait N minutes", N counted from the first failure (about 60 here).
  const limited = escapeRe(t("tracking:track.limited", { minutes: "MINUTES" })).replace("MINUTES", "\\d+");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(new RegExp(`^${limited}$`));
  await checkA11y();
});

function escapeRe(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts and the result shows, without the postal tracking number", async ({ page, visit, t }) => {
    await visit("/track?ref=YN2026DEMO000007");
    await lookUp(page, t, null, DEMO.idTail);
    const result = page.getByRole("region", { name: t("tracking:track.result") });
    await expect(result).toContainText(t("tracking:status.result_issued"));
    await expect(result).toContainText(t("tracking:delivery.post"));
    await expect(page.getByRole("main")).not.toContainText("1187654321098");
    await expect(page.getByRole("main")).not.toContainText(DEMO.name);
  });
});
