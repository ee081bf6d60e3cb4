// The deadline warnings the scheduled task raises (lib/jobs/tasks/warn-deadlines-near.ts) on the review workbench:
// the department that must act sees the application listed as overdue, with a link to it; another department's
// reviewer does not. Data through the use cases (a new resident's application, the task's own use case for it).
import { expect, pairA, test } from "../fixtures";
import { elderly, staffPage } from "./review-helpers";
import { newResident, submitAsResident, warnDeadline } from "../support/direct-data-client";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";

test(
  "the lead department's workbench lists an application whose intake limit has passed; another department's does not",
  { tag: pairA },
  async ({ browser, baseURL, textSize, t, portalLocale, checkA11yOf }) => {
    test.setTimeout(150_000);
    const resident = await newResident("registry");
    const app = await submitAsResident(resident.mobile, elderly.slug, {
      ...elderlyAnswers,
      applicantName: resident.name,
      applicantIdNumber: resident.idNumber,
    });
    await warnDeadline(app.id, "passed");

    const civil = await staffPage(browser, { baseURL: baseURL!, textSize, locale: portalLocale, login: "reviewer01" });
    const warnings = civil.page.getByRole("region", { name: t("workbench:warnings.title") });
    const item = warnings.getByRole("listitem").filter({ hasText: app.reference });
    await expect(item).toContainText(t("workbench:warnings.passed"));
    await checkA11yOf(civil.page);
    await item.getByRole("link", { name: t("workbench:queue.handle", { reference: app.reference }) }).click();
    await expect(civil.page).toHaveURL(new RegExp(`/review/applications/${app.id}$`));
    await civil.close();

    // Human resources has no part in 高龄津贴: nothing of it on their workbench.
    const hr = await staffPage(browser, { baseURL: baseURL!, textSize, locale: portalLocale, login: "reviewer02" });
    await expect(hr.page.getByRole("heading", { level: 1 })).toHaveText(t("workbench:queue.title"));
    await expect(hr.page.getByRole("main")).not.toContainText(app.reference);
    await checkA11yOf(hr.page);
    await hr.close();
  },
);
