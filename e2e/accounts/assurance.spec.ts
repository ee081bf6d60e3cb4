// Assurance levels: an item says how sure the portal must be who the applicant is. A resident verified by real name
// only is told on 低保's start page, in plain words, that a window must see their ID card first (and where), and a
// step's URL does not get around it; a clerk who has seen the card raises a resident to "verified in person" in the
// window session, the level shows there, and the resident can then go on online; a resident with a proved phone only
// is sent to real-name verification online and back. Residents whose level a test changes are its own (newResident).
import { test, expect, pairA, pairB } from "../fixtures";
import { useSession } from "../support/sessions";
import { signConsentForm } from "../window/signed-form";
import { newResident } from "../support/direct-data-client";
import { getService } from "../../lib/services";

const allowance = getService("minimum-living-allowance")!; // needs "in_person"
/** 王建国: seeded verified by real name (registry), never raised by any test. Only read here. */
const WANG = "13800000002";

test(
  "a resident verified by real name only is told that 低保 needs his ID card at a window, and where; step 1 stays shut",
  { tag: pairA },
  async ({ page, signInAs, visit, checkA11y, t, portalLocale }) => {
    await signInAs("resident", WANG);
    await visit(`/services/${allowance.slug}/apply`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(t("applications:assurance.title"));
    await expect(main).toContainText(allowance.title[portalLocale]);
    await expect(main.getByRole("status").filter({ hasText: t("applications:assurance.why.in_person") })).toBeVisible();
    // What the item needs, and what his account has, in words.
    await expect(main).toContainText(t("applications:assurance.level.in_person"));
    await expect(main).toContainText(t("account:assurance.registry"));
    // How: three steps with his ID card at a window, and where the hall is; no online route for this level.
    const how = main.getByRole("region", { name: t("applications:assurance.howTitle") });
    await expect(how.getByRole("listitem")).toHaveText([
      t("applications:assurance.inPerson.step1"),
      t("applications:assurance.inPerson.step2"),
      t("applications:assurance.inPerson.step3"),
    ]);
    await expect(how.getByRole("heading", { level: 3 })).toHaveText(t("applications:assurance.inPerson.where"));
    await expect(how).toContainText(t("footer.address"));
    await expect(main.getByRole("link", { name: t("applications:assurance.online.link") })).toHaveCount(0);
    await expect(page).toHaveTitle(new RegExp(t("applications:assurance.title")));

    // A step's or the review's URL typed by hand: back to this explanation, no form.
    for (const step of [allowance.steps[0]!.id, "review"]) {
      await page.goto(`/${portalLocale}/services/${allowance.slug}/apply/${step}`);
      await expect(page).toHaveURL(new RegExp(`/${portalLocale}/services/${allowance.slug}/apply$`));
      await expect(main.getByRole("heading", { level: 1 })).toHaveText(t("applications:assurance.title"));
    }
    await expect(main.getByRole("textbox")).toHaveCount(0);
    await checkA11y();

    await main.getByRole("link", { name: t("applications:assurance.back") }).click();
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/services/${allowance.slug}$`));
    await checkA11y();
  },
);

test(
  "a clerk who has seen the ID card raises a resident to verified in person; the level shows, and 低保 opens online",
  { tag: pairA },
  async ({ page, browser, baseURL, textSize, signInAs, visit, checkA11y, checkA11yOf, t, portalLocale }) => {
    test.setTimeout(120_000);
    // A resident of this test's own (the seeded ones are all verified in person already; none may be lowered).
    const resident = await newResident("registry");

    await signInAs("staff", "clerk01");
    await visit(`/clerk/residents?q=${resident.mobile}`);
    await page.getByRole("button", { name: t("window:lookup.serve") }).click();
    await expect(page.getByRole("heading", { level: 1, name: t("window:consent.title") })).toBeVisible();
    await checkA11y();
    await signConsentForm(page, t, { idNumber: resident.idNumber, signatureRef: "SQ-2026-0177" });
    await expect(page).toHaveURL(/\/clerk\/sessions\/[^/]+$/);
    await checkA11y();

    const identity = page.getByRole("region", { name: t("window:assurance.title"), exact: true });
    const raise = identity.getByRole("button", { name: t("window:assurance.raise") });
    await expect(identity).toContainText(t("account:assurance.registry"));
    // Without the tick that the card was seen, nothing is raised and the clerk is told why.
    await raise.click();
    await expect(page.getByRole("alert").filter({ hasText: t("window:assurance.error.idCardSeen") })).toBeVisible();
    await expect(identity).toContainText(t("account:assurance.registry"));
    await checkA11y();

    await identity.getByLabel(t("window:assurance.idCardSeen"), { exact: true }).check();
    await raise.click();
    await expect(page.getByRole("status").filter({ hasText: t("window:assurance.raised") })).toBeVisible();
    await expect(identity).toContainText(t("account:assurance.in_person"));
    await expect(identity).toContainText(t("window:assurance.inPersonDone"));
    await expect(raise).toHaveCount(0);
    await checkA11y();

    // The resident on their own phone: 低保's start goes on to its income-data consent, and their access log names
    // the check and the window.
    const context = await browser.newContext({ baseURL });
    await context.addCookies([{ name: "text-size", value: textSize, url: baseURL! }]);
    await useSession(context, baseURL!, "resident", resident.mobile);
    const own = await context.newPage();
    await own.goto(`/${portalLocale}/services/${allowance.slug}/apply`);
    await expect(own).toHaveURL(new RegExp(`/${portalLocale}/services/${allowance.slug}/consent$`));
    await checkA11yOf(own);
    await own.goto(`/${portalLocale}/account/data`);
    await expect(
      own.getByText(t("window:access.window.verified_in_person", { window: "\u20683\u2069" })),
    ).toBeVisible();
    await checkA11yOf(own);
    await context.close();
  },
);

test(
  "a resident whose phone only is proved is sent to real-name verification online, with the way back to the item",
  { tag: pairB },
  async ({ page, signInAs, visit, checkA11y, t, portalLocale }) => {
    const resident = await newResident("phone");
    const card = getService("social-security-card")!; // needs "registry"
    await signInAs("resident", resident.mobile);
    await visit(`/services/${card.slug}/apply`);
    const main = page.getByRole("main");
    await expect(main.getByRole("heading", { level: 1 })).toHaveText(t("applications:assurance.title"));
    await expect(main.getByRole("status").filter({ hasText: t("applications:assurance.why.registry") })).toBeVisible();
    await expect(main).toContainText(t("account:assurance.phone"));
    await main.getByRole("link", { name: t("applications:assurance.online.link") }).click();
    await expect(page).toHaveURL(
      new RegExp(
        `/${portalLocale}/account/verify\\?next=${encodeURIComponent(`/${portalLocale}/services/${card.slug}/apply`)}$`,
      ),
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("account:verify.title"));
    await expect(page.getByRole("link", { name: t("account:verify.later") })).toHaveAttribute(
      "href",
      `/${portalLocale}/services/${card.slug}/apply`,
    );
    await checkA11y();
  },
);
