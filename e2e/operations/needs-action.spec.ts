// Issue "Nothing lost, nothing silent": a resident's phone is out of coverage when their application is submitted.
// The status SMS is tried again after each wait by the background worker (the test server waits one second between
// tries), then lands in the administrator's "needs action" list; back in coverage, the administrator sends it again
// and the phone receives it. Nothing about it is left to chance or to a log nobody reads.
import { expect, pairB, test } from "../fixtures";
import { residentFor } from "../apply-helpers";
import { services } from "../../lib/services";
import { maskMobile } from "../../lib/format/mask";
import { answers as mlaAnswers } from "../answer-fixtures/minimum-living-allowance.answers";
import { phoneCoverage, submitAsResident } from "../support/direct-data-client";
import { latestSmsTo } from "../window/outbox";

const mla = services.find((s) => s.slug === "minimum-living-allowance")!;

test(
  "an SMS that failed every try is listed for the administrator, who sends it again",
  { tag: pairB },
  async ({ page, signInAs, visit, checkA11y, t }, info) => {
    test.setTimeout(150_000);
    const mobile = residentFor(info.project.name, 11);
    // Out of coverage for more tries than the outbox makes (five): only the administrator's retry can get through.
    await phoneCoverage(mobile, 1000);
    const { reference } = await submitAsResident(mobile, mla.slug, mlaAnswers);

    await signInAs("staff", "admin01");
    await visit("/admin");
    await page.getByRole("link", { name: t("staff:needsAction.link") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("staff:needsAction.title"));
    // The section's name is its heading, "… (count)": matched by the words before the count.
    const messagesTitle = t("staff:needsAction.messages.title", { n: "#" })
      .split("#")[0]!
      .replace(/[（(]\s*$/, "");
    const messages = page.getByRole("region", { name: messagesTitle });
    const item = messages
      .getByRole("listitem")
      .filter({ hasText: maskMobile(mobile) })
      .filter({ hasText: reference });
    // The worker tries five times, a second apart, within its once-a-minute run; the list shows the message after.
    await expect(async () => {
      await page.reload();
      await expect(item).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 100_000, intervals: [2000] });
    await expect(item).toContainText(t("staff:needsAction.kind.status"));
    await expect(item).toContainText("fake phone: out of coverage");
    await checkA11y();

    await phoneCoverage(mobile, 0);
    const before = new Date();
    await item.getByRole("button", { name: t("staff:needsAction.retryMessage") }).click();
    await expect(page.getByRole("status")).toContainText(t("staff:needsAction.done.messageRetried"));
    await expect(item).toHaveCount(0);
    await checkA11y();
    expect(await latestSmsTo(mobile, before)).toContain(reference);
  },
);
