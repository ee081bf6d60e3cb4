// The name in Uyghur script: edited by the resident on their profile (checked as Uyghur letters), kept with its
// provenance, and shown on the account and "my data" pages.
import { expect, pairA, test } from "../fixtures";
import { residentFor } from "../apply-helpers";
import { profileFieldDefs } from "../../lib/profile/profile-fields";

const NAME_UG = "ئايگۈل ئەھمەت";

test(
  "the Uyghur-script name is edited, checked and shown with its source",
  { tag: pairA },
  async ({ page, visit, signInAs, checkA11y, t, portalLocale }, info) => {
    await signInAs("resident", residentFor(info.project.name, 9));
    await visit("/account");
    await page.getByRole("link", { name: t("profile:edit") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("profile:editTitle"));
    // Test residents are registered as "测试居民N", which is not a person name: give a real one first.
    await page.getByLabel(new RegExp(`^${profileFieldDefs.fullName.label[portalLocale]}`)).fill("艾则孜·吐尔逊");
    const field = page.getByLabel(new RegExp(`^${profileFieldDefs.fullNameUg.label[portalLocale]}`));
    // Typed right to left, as Uyghur, on the Chinese page too.
    await expect(field).toHaveAttribute("dir", "rtl");
    await expect(field).toHaveAttribute("lang", "ug");
    await field.fill("Aygul Ehmet");
    await page.getByRole("button", { name: t("profile:save") }).click();
    await expect(page.getByRole("main").getByText(t("profile:errors.nameUg"))).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await checkA11y();
    await field.fill(NAME_UG);
    await page.getByRole("button", { name: t("profile:save") }).click();
    await expect(page).toHaveURL(/\/account\?saved=1$/);
    await expect(page.getByRole("status").filter({ hasText: t("profile:saved") })).toBeVisible();
    const profile = page.getByRole("region", { name: t("profile:title") });
    await expect(profile).toContainText(NAME_UG);
    await expect(profile).toContainText(`${t("profile:provenance.self")} · ${t("profile:provenance.selfDeclared")}`);
    await checkA11y();
    await visit("/account/data");
    await expect(page.getByRole("region", { name: t("profile:data.held") })).toContainText(NAME_UG);
  },
);
