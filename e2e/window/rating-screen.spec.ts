// The resident-facing rating screen at a window (好差评, issue 20): a tablet opens /rating-screen and shows a code,
// the clerk pairs it from the workspace, serves a resident (consent by SMS code), asks for a rating; the screen
// shows the clerk's name and window and the form, the resident rates; the clerk sees "rated", never the score.
// Every page on both sides is scanned by axe, in every project.
import { expect, pairA, test } from "../fixtures";
import { useSession } from "../support/sessions";
import { newResident } from "../support/direct-data-client";
import { variantIndex } from "../support/variants";
import { consentByCode } from "./consent-by-code";

test(
  "a clerk pairs the rating screen, asks after serving a resident, and sees that it was rated",
  { tag: pairA },
  async ({ page, browser, baseURL, portalLocale, textSize, t, visit, checkA11y, checkA11yOf }, info) => {
    test.setTimeout(120_000);
    const clerkLogin = `test-clerk-${variantIndex(info.project.name) + 1}`;
    const windowNo = String(11 + variantIndex(info.project.name));
    const resident = await newResident("in_person");

    // The tablet: its own browser, no sign-in. Large text unless the device chose a size (here the project's).
    const tablet = await browser.newContext({ baseURL });
    await tablet.addCookies([{ name: "text-size", value: textSize, url: baseURL! }]);
    const screen = await tablet.newPage();
    await screen.goto(`/${portalLocale}/rating-screen`);
    const codeText = screen.getByTestId("pair-code");
    await expect(codeText).toHaveText(/^\d{3} \d{3}$/);
    await expect(screen.getByRole("heading", { name: t("window:ratingScreen.pairTitle") })).toBeVisible();
    await checkA11yOf(screen);
    const code = (await codeText.innerText()).replace(/\D/g, "");
    // Its device token is kept where scripts cannot read it.
    const cookie = (await tablet.cookies()).find((c) => c.name === "portal-rating-screen");
    expect(cookie?.httpOnly).toBe(true);

    // The clerk types the code in the workspace: a wrong one is refused in words, the right one pairs.
    await useSession(page.context(), baseURL!, "staff", clerkLogin);
    await visit("/clerk");
    const codeField = page.getByLabel(t("window:rating.workspace.code"));
    await codeField.fill(code === "000000" ? "000001" : "000000");
    await page.getByRole("button", { name: t("window:rating.workspace.pair") }).click();
    await expect(page.getByText(t("window:rating.workspace.result.wrong"))).toBeVisible();
    await checkA11y();
    await page.getByLabel(t("window:rating.workspace.code")).fill(code);
    await page.getByLabel(t("window:rating.workspace.code")).press("Enter");
    await expect(page.getByText(t("window:rating.workspace.result.paired"))).toBeVisible();
    await checkA11y();

    // Without a reload, the screen now names the clerk's window and waits.
    await expect(screen.getByText(t("window:ratingScreen.waiting"))).toBeVisible({ timeout: 15_000 });
    await expect(screen.getByRole("main")).toContainText(
      t("window:ratingScreen.window", { window: portalLocale === "ug" ? `\u2068${windowNo}\u2069` : windowNo }),
    );
    await checkA11yOf(screen);

    // The clerk serves the resident, with consent by a code to the phone.
    await page.goto(`/${portalLocale}/clerk/residents?q=${resident.mobile}`);
    await checkA11y();
    await page.getByRole("button", { name: t("window:lookup.serve") }).click();
    await consentByCode(page, t, checkA11y, resident.mobile);

    // Done serving: ask for a rating.
    const rating = page.getByRole("region", { name: t("window:rating.session.title") });
    await rating.getByRole("button", { name: t("window:rating.session.ask") }).click();
    await expect(page.getByText(t("window:rating.session.asked"))).toBeVisible();
    await checkA11y();

    // The screen shows the form by itself; the resident picks a score and reasons and sends it.
    const form = screen.getByRole("form", { name: t("window:ratingScreen.formTitle") });
    await expect(form).toBeVisible({ timeout: 15_000 });
    await checkA11yOf(screen);
    await form.getByRole("radio", { name: t("evaluation:score.2"), exact: true }).check();
    await form.getByRole("checkbox", { name: t("evaluation:reason.slow") }).check();
    await form.getByRole("checkbox", { name: t("evaluation:reason.unclear_guide") }).check();
    await form.getByLabel(t("window:ratingScreen.comment")).fill("等了很久");
    await form.getByRole("button", { name: t("window:ratingScreen.submit") }).click();
    await expect(screen.getByText(t("window:ratingScreen.thanks"))).toBeVisible();
    await expect(form).toHaveCount(0);
    await checkA11yOf(screen);

    // The clerk learns, without a reload, that it was rated, and nothing of the score.
    await expect(page.getByText(t("window:rating.session.rated"))).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("main")).not.toContainText(t("evaluation:score.2"));
    await checkA11y();
    // Asking again after the rating is not offered.
    await page.reload();
    await expect(rating.getByRole("button", { name: t("window:rating.session.ask") })).toHaveCount(0);
    await expect(rating).toContainText(t("window:rating.session.rated"));
    await checkA11y();
    await tablet.close();
  },
);

/** Consent by a code sent to the resident's phone, from the consent page; ends on the session page. */
