// Two instances of the portal on one PostgreSQL behave as one: a session started on one continues on the other (the
// same secret, sessions as rows in the shared database), and a double submit split across the two gives one
// application with one reference (the compare-and-set in the one writer, not anything held in a process).
import { expect, test, translator } from "./support/fixtures";
import { draftAsResident, newResident } from "../support/direct-data-client";
import { useSession } from "../support/sessions";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";
import { urlOf } from "./support/cluster";

const slug = "elderly-allowance";
const t = translator("zh");
const review = (server: "a" | "b") => `${urlOf(server)}/zh/services/${slug}/apply/review`;

test("a session started on A continues on B, and a double submit split across A and B gives one application", async ({
  cluster,
  context,
  page,
  scan,
}) => {
  await cluster.start("b");
  const resident = await newResident("in_person");
  const { id } = await draftAsResident(resident.mobile, slug, elderlyAnswers);
  // Signed in on A (next-auth's own endpoint there) …
  await useSession(context, urlOf("a"), "resident", resident.mobile);
  await page.goto(`${urlOf("a")}/zh/services/${slug}/apply/elder`);
  await expect(page.getByRole("textbox", { name: "老人姓名" })).toHaveValue(elderlyAnswers.elderName as string);
  // … and going on on B: the same session, the same draft, saved through B.
  const onB = await context.newPage();
  await onB.goto(`${urlOf("b")}/zh/services/${slug}/apply/elder`);
  await expect(onB).toHaveURL(/\/apply\/elder$/);
  await onB.getByRole("textbox", { name: "老人姓名" }).fill("热依拉·买买提");
  await onB.getByRole("button", { name: t("form:next") }).click();
  await expect(onB).not.toHaveURL(/\/apply\/elder$/);
  await scan(onB);

  // The double submit: the review page open on A and on B, both pressed at once.
  await page.goto(review("a"));
  await onB.goto(review("b"));
  await expect(page.getByRole("main")).toContainText("热依拉·买买提");
  await Promise.all([page, onB].map((p) => p.getByRole("button", { name: t("applications:review.submit") }).click()));
  await Promise.all([page, onB].map((p) => expect(p).toHaveURL(/\/receipt/)));
  const rows = await cluster.query<{ id: string; status: string; reference: string | null; events: number }>(
    `SELECT a.id, a.status, a.reference,
       (SELECT count(*)::int FROM "ApplicationEvent" e WHERE e."applicationId" = a.id AND e.type = 'submitted') AS events
     FROM "Application" a WHERE a."applicantId" = (SELECT id FROM "User" WHERE mobile = $1) LIMIT 10`,
    [resident.mobile],
  );
  expect(rows).toEqual([{ id, status: "submitted", reference: expect.any(String), events: 1 }]);
  for (const p of [page, onB]) await expect(p.getByRole("main")).toContainText(rows[0]!.reference!);
  await scan(page);
});
