// The hall kiosk: large text, sign-in by ID number and a code to the phone on record, and an idle timeout with a
// visible countdown and "I'm still here" that ends the session and leaves nothing on screen or in the browser.
import { test, expect, inVariants } from "../fixtures";
import { latestCodeSentTo } from "./outbox";

// One variant (CI time): the kiosk forces large text, and the Uyghur run also checks the right-to-left warning.
const who = { mobile: "13800000001", idNumber: "654002198806150029", name: "ئايگۈل ئەھمەت" } as const;

test(
  "a terminal session times out after a warning and leaves no data on screen or in the browser",
  { tag: inVariants("ug-large") },
  async ({ page, context, portalLocale, t, visit, checkA11y, enrolTerminal }) => {
    await enrolTerminal();
    await page.clock.install();
    await visit("/terminal");
    await expect(page.locator("html")).toHaveAttribute("data-text-size", "large");
    await expect(page.getByRole("button", { name: t("textSize.toStandard") })).toHaveCount(0);

    const after = new Date(Date.now() - 1000);
    await page.getByLabel(t("window:terminal.idNumber")).fill(who.idNumber);
    await page.getByRole("button", { name: t("window:terminal.sendCode") }).click();
    await expect(page.getByText(t("window:terminal.codeSent"))).toBeVisible();
    await checkA11y();
    // A wrong code is refused in words, and the right one signs in.
    await page.getByLabel(t("window:terminal.code")).fill("000000");
    await page.getByRole("button", { name: t("window:terminal.signIn"), exact: true }).click();
    await expect(page.getByText(t("window:terminal.error.invalid"))).toBeVisible();
    await page.getByLabel(t("window:terminal.code")).fill(await latestCodeSentTo(who.mobile, after, "terminal"));
    await page.getByRole("button", { name: t("window:terminal.signIn"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/services$`));
    await checkA11y();
    await visit("/account");
    await expect(page.getByRole("main")).toContainText(who.name);
    // A public machine: her identifiers masked, no download of her data, and no profile form with full values.
    await expect(page.getByRole("main")).toContainText("654002********0029");
    await expect(page.getByRole("main")).not.toContainText(who.idNumber);
    expect((await page.request.get("/api/me/export")).status()).toBe(403);
    await visit("/account/data");
    await expect(page.getByText(t("profile:data.noDownloadAtKiosk"))).toBeVisible();
    await expect(page.getByRole("link", { name: t("profile:data.download") })).toHaveCount(0);
    await visit("/account/edit");
    await expect(page.getByText(t("profile:editAtKiosk"))).toBeVisible();
    await expect(page.getByRole("button", { name: t("profile:save") })).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText(who.idNumber);
    await checkA11y();
    await visit("/account");

    // 95 s idle: the warning, large, with its countdown; one press on "I'm still here" keeps the session.
    await page.clock.fastForward("01:35");
    const warning = page.getByRole("alertdialog", { name: t("window:terminal.idle.title") });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/\d+/);
    await checkA11y();
    await warning.getByRole("button", { name: t("window:terminal.idle.stay") }).click();
    await expect(warning).toBeHidden();
    await expect(page.getByRole("main")).toContainText(who.name);

    // Idle again past the limit: signed out, the screen replaced, nothing kept.
    await page.clock.fastForward("01:35");
    await expect(warning).toBeVisible();
    await page.clock.fastForward("00:30");
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}/terminal\\?reason=idle$`));
    await expect(page.getByText(t("window:terminal.idle.ended"))).toBeVisible();
    await checkA11y();
    await expect(page.getByText(who.name)).toHaveCount(0);
    const cookies = await context.cookies();
    expect(
      cookies.filter((c) => c.name.includes("session-token")),
      "no sign-in cookie left",
    ).toEqual([]);
    // Whatever the framework keeps for itself (scroll positions), nothing of the person.
    const stored = await page.evaluate(() =>
      [sessionStorage, localStorage].flatMap((s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`)),
    );
    for (const fact of [who.name, who.idNumber, who.mobile, who.idNumber.slice(-4)])
      expect(stored.join("\n"), `storage holds ${fact}`).not.toContain(fact);
    console.log(`[terminal] storage after timeout: ${stored.map((s) => s.split("=")[0]).join(", ") || "empty"}`);
    // Back does not bring the resident's page back.
    await page.goBack();
    await expect(page.getByText(who.name)).toHaveCount(0);
  },
);
