// Database outage: with PostgreSQL stopped under a running server, pages answer the localized 503 page (both locales,
// senior mode, axe-clean), the health check says "db":"down", the step form keeps what was typed and says the save
// will be retried; when PostgreSQL is back, the same server process serves again and the form's retry goes through.
import { expect, test, translator } from "./support/fixtures";
import { draftAsResident, newResident } from "../support/direct-data-client";
import { useSession } from "../support/sessions";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";
import { urlOf } from "./support/cluster";
import { UP_FOR_MS } from "../../lib/health/probe-timing";

const slug = "elderly-allowance";
const zh = translator("zh");

test("PostgreSQL stopped and started again: a 503 page, the typed step kept and saved once it is back", async ({
  cluster,
  context,
  browser,
  page,
  scan,
}) => {
  const resident = await newResident("in_person");
  await draftAsResident(resident.mobile, slug, elderlyAnswers);
  await useSession(context, urlOf("a"), "resident", resident.mobile);
  await page.goto(`/zh/services/${slug}/apply/elder`);
  const name = page.getByRole("textbox", { name: "老人姓名" });
  await expect(name).toHaveValue(elderlyAnswers.elderName as string);
  await name.fill("买买提·吐尔逊");

  await cluster.stopDatabase();
  const started = Date.now();

  // The step form: nothing lost, and it says so.
  await page.getByRole("button", { name: zh("form:next") }).click();
  await expect(page.getByRole("status")).toContainText(zh("form:saveRetrying"));
  await expect(name).toHaveValue("买买提·吐尔逊");
  await expect(page).toHaveURL(/\/apply\/elder$/);
  await scan(page);

  // The health check.
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(503);
  expect(await health.json()).toMatchObject({ db: "down" });

  // The proxy believes its last probe (taken when the step page was loaded) for UP_FOR_MS: a page asked for sooner is
  // rendered, and one that needs no database (the catalogue, since issue 23) then answers 200. Past it, every page
  // request probes again and gets the 503 page.
  await page.waitForTimeout(Math.max(0, UP_FOR_MS + 300 - (Date.now() - started)));

  // Pages: the 503 page in the page's language and this device's text size, for a visitor and a signed-in resident.
  for (const [locale, textSize] of [
    ["zh", "standard"],
    ["zh", "large"],
    ["ug", "standard"],
    ["ug", "large"],
  ] as const) {
    const t = translator(locale);
    const visitor = await browser.newContext({ baseURL: urlOf("a") });
    await visitor.addCookies([{ name: "text-size", value: textSize, url: urlOf("a") }]);
    const p = await visitor.newPage();
    const res = await p.goto(`/${locale}/services`);
    expect(res?.status()).toBe(503);
    expect(res?.headers()["retry-after"]).toBeTruthy();
    await expect(p.getByRole("heading", { level: 1 })).toHaveText(t("errors:unavailable.title"));
    // The number to quote is this request's id (the proxy logged the 503 under it).
    await expect(p.getByText(res!.headers()["x-request-id"]!, { exact: true })).toBeVisible();
    await expect(p.locator("html")).toHaveAttribute("dir", locale === "ug" ? "rtl" : "ltr");
    await expect(p.locator("html")).toHaveAttribute("data-text-size", textSize);
    await expect(p.getByRole("link", { name: t("errors:unavailable.retry") })).toHaveAttribute(
      "href",
      `/${locale}/services`,
    );
    await scan(p, textSize);
    await visitor.close();
  }
  const mine = await context.newPage();
  const res = await mine.goto("/zh/applications");
  expect(res?.status()).toBe(503);
  await expect(mine.getByRole("heading", { level: 1 })).toHaveText(zh("errors:unavailable.title"));

  // Back: the same server process, not restarted, serves again, and the form's retry saves what was typed.
  await cluster.startDatabase();
  await expect(page.getByRole("status")).toContainText(zh("form:saveRetried"), { timeout: 60_000 });
  expect(cluster.isRunning("a")).toBe(true);
  await expect.poll(async () => (await page.request.get("/api/health")).status(), { timeout: 20_000 }).toBe(200);
  const back = await mine.goto("/zh/applications");
  expect(back?.status()).toBe(200);
  await page.goto(`/zh/services/${slug}/apply/review`);
  await expect(page.getByRole("main")).toContainText("买买提·吐尔逊");
  await scan(page);
  test.info().annotations.push({ type: "outage", description: `${Math.round((Date.now() - started) / 1000)} s` });
});
