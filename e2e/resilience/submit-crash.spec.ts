// Crash safety of a submission: the server process is killed (SIGKILL, by a fault point in the submit use case,
// lib/resilience/fault-point.ts) before the transaction, inside it and after its commit but before the answer. After a
// restart: no half application in the database, either the draft intact or exactly one application, and the
// resident's next click (reloading, opening "my applications", pressing submit again in the tab left open) tells the
// truth: no second application, the receipt if it was submitted, the draft with all its answers if it was not.
import type { Page } from "@playwright/test";
import { expect, test, translator } from "./support/fixtures";
import { draftAsResident, newResident } from "../support/direct-data-client";
import { useSession } from "../support/sessions";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";
import { urlOf } from "./support/cluster";

const slug = "elderly-allowance";
const t = translator("zh");
const reviewPath = `/zh/services/${slug}/apply/review`;

type AppRow = { id: string; status: string; reference: string | null; answers: unknown };

const points = [
  { point: "submit.before-transaction", committed: false },
  { point: "submit.inside-transaction", committed: false },
  { point: "submit.after-commit", committed: true },
] as const;

for (const { point, committed } of points) {
  test(`killed at ${point}: after a restart nothing is half done and the next click tells the truth`, async ({
    cluster,
    context,
    page,
    scan,
  }) => {
    const resident = await newResident("in_person");
    const { id } = await draftAsResident(resident.mobile, slug, elderlyAnswers);
    const applicant = `SELECT id, status, reference, answers FROM "Application" WHERE "applicantId" =
      (SELECT id FROM "User" WHERE mobile = $1) ORDER BY "createdAt" LIMIT 10`;
    const [before] = await cluster.query<AppRow>(applicant, [resident.mobile]);
    expect(before).toMatchObject({ id, status: "draft", reference: null });

    await cluster.start("a", { faultPoint: point });
    await useSession(context, urlOf("a"), "resident", resident.mobile);
    // Two tabs on the review page: the first presses submit and the server dies under it; the second is the tab the
    // resident still has open afterwards.
    const other = await context.newPage();
    for (const p of [page, other]) await p.goto(reviewPath);
    await scan(page);
    await page.getByRole("button", { name: t("applications:review.submit") }).click();
    expect(await cluster.died("a")).toBe("SIGKILL");
    await cluster.start("a");

    // (a) Nothing half done: every application that is no draft has its reference, its one "submitted" event, its
    // department parts and its notification; (b) the draft untouched, or exactly one application.
    const rows = await cluster.query<AppRow>(applicant, [resident.mobile]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(id);
    await expectWhole(cluster, id);
    if (committed) {
      expect(rows[0]).toMatchObject({ status: "submitted" });
      expect(rows[0]!.reference).toBeTruthy();
    } else {
      expect(rows[0]).toEqual(before); // same status, no reference, the very same (sealed) answers
    }

    // (c) The next click. Reloading the page that was left hanging:
    await page.goto(reviewPath);
    if (committed) {
      await expectReceipt(page, rows[0]!.reference!);
    } else {
      await expect(page.getByRole("heading", { level: 1 })).toContainText(t("applications:review.title"));
      await expect(page.getByRole("main")).toContainText(elderlyAnswers.applicantName as string);
      await scan(page);
    }
    // Pressing submit again in the other tab, opened before the crash:
    await other.getByRole("button", { name: t("applications:review.submit") }).click();
    await expect(other).toHaveURL(/\/receipt/);
    const final = await cluster.query<AppRow>(applicant, [resident.mobile]);
    expect(final).toHaveLength(1);
    expect(final[0]).toMatchObject({ id, status: "submitted" });
    if (committed) expect(final[0]!.reference).toBe(rows[0]!.reference);
    await expectReceipt(other, final[0]!.reference!);
    await expectWhole(cluster, id);
    // "My applications" lists it once, with its reference.
    await page.goto("/zh/applications");
    await expect(page.getByRole("main").getByText(final[0]!.reference!)).toHaveCount(1);
    await scan(page);
  });
}

async function expectReceipt(page: Page, reference: string) {
  await expect(page).toHaveURL(/\/receipt/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(t("applications:receipt.submitted"));
  await expect(page.getByRole("main")).toContainText(reference);
}

/** A submitted application is whole: one "submit" event, a part per department, the applicant's notification and
 * the SMS queued in the outbox. A draft has none of them. */
async function expectWhole(cluster: import("./support/cluster").Cluster, id: string) {
  const [row] = await cluster.query<{ status: string; events: number; parts: number; notes: number }>(
    `SELECT a.status,
       (SELECT count(*)::int FROM "ApplicationEvent" e WHERE e."applicationId" = a.id AND e.type = 'submitted') AS events,
       (SELECT count(*)::int FROM "ApplicationPart" p WHERE p."applicationId" = a.id) AS parts,
       (SELECT count(*)::int FROM "Notification" n WHERE n."applicationId" = a.id) AS notes
     FROM "Application" a WHERE a.id = $1`,
    [id],
  );
  if (row!.status === "draft") expect(row).toEqual({ status: "draft", events: 0, parts: 0, notes: 0 });
  else {
    expect(row!.events).toBe(1);
    expect(row!.parts).toBeGreaterThanOrEqual(1);
    expect(row!.notes).toBe(1);
  }
}
