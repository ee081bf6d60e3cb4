// Issue 21 at the service window: a clerk does 新生儿出生一件事 for a resident in a consented session, with the same
// bundle, the resident's profile prefilled, and one receipt to print listing every member. Every page is scanned.
import { expect, pairB, test } from "../fixtures";
import { useSession } from "../support/sessions";
import { newResident } from "../support/direct-data-client";
import { fillStep, testClerkFor } from "../apply-helpers";
import { consentByCode } from "../window/consent-by-code";
import { getBundle, getService } from "../../lib/services";
import { visibleSteps } from "../../lib/form-engine/journey";
import { answers as fixture } from "../answer-fixtures/newborn-birth-bundle.answers";

const form = getService("newborn-birth-bundle")!;
const bundle = getBundle("newborn-birth-bundle")!;

test(
  "a window clerk does 新生儿出生一件事 for a resident, and prints one receipt with every member",
  { tag: pairB },
  async ({ page, baseURL, checkA11y, t, portalLocale }, info) => {
    test.setTimeout(180_000);
    const resident = await newResident("registry");
    const answers = {
      ...fixture,
      applicantName: resident.name,
      applicantIdNumber: resident.idNumber,
      applicantMobile: resident.mobile,
      originalsSeen: true,
    };
    await useSession(page.context(), baseURL!, "staff", testClerkFor(info.project.name));
    await page.goto(`/${portalLocale}/clerk/residents?q=${resident.mobile}`);
    await checkA11y();
    await page.getByRole("button", { name: t("window:lookup.serve") }).click();
    await consentByCode(page, t, checkA11y, resident.mobile);

    // The bundle is offered beside the items, under its own group.
    await page.getByLabel(t("window:session.service")).selectOption(form.slug);
    await page.getByRole("button", { name: t("window:session.startButton") }).click();
    for (const step of visibleSteps(form, answers, "window")) {
      await expect(page).toHaveURL(new RegExp(`/clerk/sessions/[^/]+/services/${form.slug}/apply/${step.id}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(step.title[portalLocale]);
      await checkA11y();
      await fillStep(page, step, answers, portalLocale, { keepPrefilled: true });
    }
    await expect(page).toHaveURL(/\/apply\/review$/);
    await checkA11y();
    await page.getByRole("button", { name: t("applications:review.submit") }).click();

    // The window's receipt of the bundle: every member with its reference, and the way back to the session.
    await expect(page).toHaveURL(/\/clerk\/sessions\/[^/]+\/applications\/bundles\/[^/]+\/receipt$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t("bundles:receipt.submitted_other", { count: "3" }),
    );
    const receipt = page.locator(`section[lang="${portalLocale === "zh" ? "zh-CN" : "ug"}"]`);
    for (const m of bundle.members.filter((x) => x.key !== "planning"))
      await expect(
        receipt.getByRole("listitem").filter({ hasText: getService(m.service)!.title[portalLocale] }),
      ).toContainText(/YN\d{8}[2-9A-HJKMNP-Z]{8}/);
    await checkA11y();
    await page.getByRole("link", { name: t("window:session.back") }).click();
    await expect(page).toHaveURL(/\/clerk\/sessions\/[^/]+$/);
    // The session lists the resident's new applications, one per member.
    for (const m of bundle.members.filter((x) => x.key !== "planning"))
      await expect(page.getByRole("main")).toContainText(getService(m.service)!.title[portalLocale]);
    await checkA11y();
  },
);
