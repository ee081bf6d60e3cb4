// 好差评 online: a resident rates a decided application 2 ("不满意") with a reason and a comment; a rectification case
// appears for the responsible department (human resources), whose reviewer answers it; the resident sees the answer
// on the application page and in the timeline, and confirms it. Data through the use cases up to the decision; the
// rating, the answer and the confirmation through the pages, each scanned with axe.
import { expect, pairB, test } from "../fixtures";
import { staffPage } from "../review/review-helpers";
import { approveAsReviewers, newResident, submitAsResident } from "../support/direct-data-client";
import { getService } from "../../lib/services";
import { answers as cardAnswers } from "../answer-fixtures/social-security-card.answers";

const RESPONSE = "已核查：制卡排队过长，已增加制卡设备。Checked and fixed.";

test(
  "a bad rating opens a case, the department answers, and the resident confirms the answer",
  { tag: pairB },
  async ({ page, browser, baseURL, textSize, portalLocale, signInAs, visit, checkA11y, checkA11yOf, t }) => {
    test.setTimeout(150_000);
    const resident = await newResident("registry");
    const app = await submitAsResident(resident.mobile, "social-security-card", {
      ...cardAnswers,
      applicantName: resident.name,
      applicantIdNumber: resident.idNumber,
      applicantMobile: resident.mobile,
    });
    await approveAsReviewers(app.id);

    // The inbox asks for a rating and leads to the application's evaluation.
    await signInAs("resident", resident.mobile);
    await visit("/account/inbox");
    const service = getService("social-security-card")!.title[portalLocale];
    await page.getByRole("link", { name: t("evaluation:inbox.rate", { service }) }).click();
    await expect(page).toHaveURL(new RegExp(`/applications/${app.id}#evaluation$`));
    await checkA11y();

    const evaluation = page.getByRole("region", { name: t("evaluation:form.title") });
    await evaluation
      .getByRole("group", { name: t("evaluation:form.scoreLegend") })
      .getByRole("radio", { name: t("evaluation:score.2"), exact: true })
      .check();
    await evaluation.getByRole("checkbox", { name: t("evaluation:reason.slow") }).check();
    await evaluation.getByRole("textbox", { name: t("evaluation:form.comment") }).fill("排队两个小时");
    await evaluation.getByRole("button", { name: t("evaluation:form.submit") }).click();
    await expect(evaluation.getByRole("status")).toContainText(t("evaluation:form.savedCaseOpened"));
    await expect(evaluation).toContainText(t("evaluation:case.status.open"));
    await expect(evaluation).toContainText(t("evaluation:form.yours", { label: t("evaluation:score.2") }));
    await checkA11y();

    // The department's reviewer finds the case on the workbench and answers it.
    const hr = await staffPage(browser, { baseURL: baseURL!, textSize, locale: portalLocale, login: "reviewer02" });
    const linkText = t("evaluation:review.link", { n: "#" }).split("#")[0]!;
    await hr.page.getByRole("link", { name: new RegExp(`^${linkText.replace(/[()（）]/g, ".")}`) }).click();
    await expect(hr.page.getByRole("heading", { level: 1 })).toHaveText(t("evaluation:review.title"));
    const row = hr.page.getByRole("row").filter({ hasText: app.reference });
    await expect(row).toContainText(t("evaluation:score.2"));
    await expect(row).toContainText(t("evaluation:review.status.open"));
    await checkA11yOf(hr.page);
    await row.getByRole("link", { name: app.reference }).click();
    await expect(hr.page.getByRole("heading", { level: 1 })).toHaveText(t("evaluation:review.detailTitle"));
    await expect(hr.page.getByRole("main")).toContainText("排队两个小时");
    await expect(hr.page.getByRole("main")).toContainText(t("evaluation:reason.slow"));
    await checkA11yOf(hr.page);
    // Too short an answer is refused, and what was typed stays.
    const response = hr.page.getByRole("textbox", { name: t("evaluation:review.response") });
    await response.fill("好的");
    await hr.page.getByRole("button", { name: t("evaluation:review.send") }).click();
    await expect(hr.page.getByRole("main").getByRole("alert")).toContainText(t("errors:rectification.responseMissing"));
    await expect(response).toHaveValue("好的");
    await checkA11yOf(hr.page);
    await response.fill(RESPONSE);
    await hr.page.getByRole("button", { name: t("evaluation:review.send") }).click();
    await expect(hr.page.getByRole("main").getByRole("status")).toContainText(t("evaluation:review.sent"));
    await checkA11yOf(hr.page);
    await hr.close();

    // The resident sees the answer on the application page and in the timeline, and confirms it.
    await page.reload();
    await expect(evaluation).toContainText(t("evaluation:case.status.responded"));
    await expect(evaluation).toContainText(RESPONSE);
    const timeline = page.getByRole("region", { name: t("tracking:detail.timeline") });
    await expect(timeline).toContainText(t("tracking:event.rectification_responded"));
    await expect(timeline).toContainText(t("tracking:event.evaluated"));
    await checkA11y();
    await evaluation.getByRole("button", { name: t("evaluation:case.confirm") }).click();
    await expect(evaluation).toContainText(t("evaluation:case.status.confirmed"));
    await expect(timeline).toContainText(t("tracking:event.rectification_confirmed"));
    await checkA11y();
  },
);
