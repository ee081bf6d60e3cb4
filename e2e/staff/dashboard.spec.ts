// The performance dashboard (issue 20): the admin's for every department, a reviewer's for their own. Reached from
// the workspaces, accessible in both languages and sizes, the period picker is a plain GET form, and each table's
// CSV download holds the rows the screen shows. Numbers asserted exactly only for March 2024, a month only this
// test writes to (dashboardHistory), so other tests' applications and the demo seed never change them.
import fs from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, pairA, pairB, test } from "../fixtures";
import { dashboardHistory } from "../support/direct-data-client";
import { demoDepartments } from "../../prisma/seed-data";

const departmentName = (id: string, locale: "zh" | "ug") => {
  const d = demoDepartments.find((x) => x.id === id)!;
  return locale === "ug" ? d.nameUg : d.nameZh;
};

test.beforeAll(async () => {
  await dashboardHistory();
});

/** A table's rows as the screen shows them: header row, then each row's header and cells. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  const table = page.getByRole("table", { name, exact: true });
  await expect(table).toBeVisible();
  // In one round trip: the header cells and data cells of every row, as the screen shows their text.
  return table.evaluate((el: HTMLTableElement) =>
    [...el.rows].map((r) => [...r.cells].map((c) => (c.textContent ?? "").trim())),
  );
}

/** The CSV behind a table's download link, as rows (a BOM first: Excel reads it as UTF-8). */
async function downloadedRows(page: Page, linkName: string): Promise<string[][]> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: linkName, exact: true }).click();
  const text = await fs.readFile((await (await download).path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const split = (line: string) =>
    [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((m) => m[1]!.replace(/^"|"$/g, "").replaceAll('""', '"'));
  return text.slice(1).trimEnd().split("\r\n").map(split);
}

async function choosePeriod(page: Page, t: (k: string) => string, from: string, to: string) {
  await page.getByLabel(t("dashboard:period"), { exact: true }).selectOption("custom");
  await page.getByLabel(t("dashboard:from")).fill(from);
  await page.getByLabel(t("dashboard:to")).fill(to);
  await page.getByRole("button", { name: t("dashboard:show") }).click();
  await expect(page).toHaveURL(new RegExp(`period=custom&from=${from}&to=${to}`));
}

test(
  "the admin sees every department's figures, picks a period and a department, and downloads a table",
  { tag: pairA },
  async ({ page, signInAs, visit, checkA11y, t, portalLocale }) => {
    // Three dashboards, four downloads and their tables on a shared two-core machine.
    test.setTimeout(120_000);
    await signInAs("staff", "admin01");
    await visit("/admin");
    await page.getByRole("link", { name: t("dashboard:link") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("dashboard:title"));
    await expect(page.getByTestId("dashboard-scope")).toHaveText(t("dashboard:scopeAll"));
    await expect(
      page.getByRole("img", { name: t("dashboard:chartOf", { table: t("dashboard:tables.volume-by-month") }) }),
    ).toBeVisible();
    await checkA11y();

    await choosePeriod(page, t, "2024-03-01", "2024-03-31");
    const channel = t("dashboard:tables.volume-by-channel");
    expect(await tableRows(page, channel)).toEqual([
      [t("dashboard:columns.channel"), t("dashboard:columns.submitted")],
      [t("dashboard:channel.online"), "3"],
      [t("dashboard:channel.window"), "1"],
      [t("dashboard:channel.terminal"), "1"],
    ]);
    const byDepartment = await tableRows(page, t("dashboard:tables.volume-by-department"));
    expect(byDepartment.slice(1).map((r) => r[1])).toEqual(["3", "2"]);
    await checkA11y();

    for (const table of ["volume-by-channel", "volume-by-department", "volume-by-item", "summary"]) {
      const name = t(`dashboard:tables.${table}`);
      expect(await downloadedRows(page, t("dashboard:download", { table: name }))).toEqual(await tableRows(page, name));
    }

    await page.getByLabel(t("dashboard:department"), { exact: true }).selectOption("civil-affairs");
    await page.getByRole("button", { name: t("dashboard:show") }).click();
    await expect(page.getByTestId("dashboard-scope")).toContainText(departmentName("civil-affairs", portalLocale));
    expect(await tableRows(page, channel)).toEqual([
      [t("dashboard:columns.channel"), t("dashboard:columns.submitted")],
      [t("dashboard:channel.online"), "1"],
      [t("dashboard:channel.window"), "0"],
      [t("dashboard:channel.terminal"), "1"],
    ]);
    await checkA11y();
  },
);

test(
  "a reviewer sees only their own department, also when the address asks for another",
  { tag: pairB },
  async ({ page, signInAs, visit, checkA11y, t, portalLocale }) => {
    test.setTimeout(120_000);
    await signInAs("staff", "reviewer02"); // hrss
    await visit("/review");
    await page.getByRole("link", { name: t("dashboard:link") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("dashboard:titleDepartment"));
    await expect(page.getByTestId("dashboard-scope")).toContainText(departmentName("hrss", portalLocale));
    await expect(page.getByLabel(t("dashboard:department"), { exact: true })).toHaveCount(0);
    await checkA11y();

    await choosePeriod(page, t, "2024-03-01", "2024-03-31");
    const channel = t("dashboard:tables.volume-by-channel");
    const expected = [
      [t("dashboard:columns.channel"), t("dashboard:columns.submitted")],
      [t("dashboard:channel.online"), "2"],
      [t("dashboard:channel.window"), "1"],
      [t("dashboard:channel.terminal"), "0"],
    ];
    expect(await tableRows(page, channel)).toEqual(expected);
    await expect(page.getByRole("table", { name: t("dashboard:tables.volume-by-department") })).toHaveCount(0);
    expect(await downloadedRows(page, t("dashboard:download", { table: channel }))).toEqual(expected);
    const item = t("dashboard:tables.volume-by-item");
    const items = await tableRows(page, item);
    expect(items).toHaveLength(2);
    expect(items[1]![1]).toBe("3");
    await checkA11y();

    // Another department in the address changes nothing: the scope is the reviewer's own.
    await visit(`/review/dashboard?period=custom&from=2024-03-01&to=2024-03-31&department=civil-affairs`);
    await expect(page.getByTestId("dashboard-scope")).toContainText(departmentName("hrss", portalLocale));
    expect(await tableRows(page, channel)).toEqual(expected);
    // And the CSV route refuses a reviewer on the admin's address.
    const refused = await page.request.get(`/${portalLocale}/admin/dashboard/csv?table=summary`);
    expect(refused.status()).toBe(403);
  },
);
