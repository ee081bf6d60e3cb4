// Helpers for the review workbench tests: a submitted application (built through the use cases), and a staff
// member signed in in a browser context of their own (each page it shows is scanned with axe by the caller).
import type { Browser, Page } from "@playwright/test";
import type { PortalOptions } from "../fixtures";
import { useSession } from "../support/sessions";
import { residentFor } from "../apply-helpers";
import { variantIndex } from "../support/variants";
import { submitAsResident } from "../support/direct-data-client";
import { services } from "../../lib/services";
import { idCheckDigit } from "../../lib/validators/id-number";
import { answers as elderlyAnswers } from "../answer-fixtures/elderly-allowance.answers";

export const elderly = services.find((s) => s.slug === "elderly-allowance")!;

/** This slot's and project's resident's own ID number (an ID number belongs to one account): born 1985-0M-0D. */
export function ownIdNumber(projectName: string, slot: number): string {
  const first17 = `6540021985${String(slot - 10).padStart(2, "0")}${String(variantIndex(projectName) + 1).padStart(2, "0")}021`;
  return first17 + idCheckDigit(first17);
}

/** The slot's resident has applied for 高龄津贴 (civil affairs) and submitted, built through the use cases (the
 * form pages themselves are tested by the journeys); returns the application. */
export async function submitElderlyAllowance(opts: { projectName: string; slot: number }) {
  return submitAsResident(residentFor(opts.projectName, opts.slot), elderly.slug, {
    ...elderlyAnswers,
    applicantIdNumber: ownIdNumber(opts.projectName, opts.slot),
  });
}

/** A staff member signed in in a fresh context with the project's text size. */
export async function staffPage(
  browser: Browser,
  opts: { baseURL: string; textSize: PortalOptions["textSize"]; locale: PortalOptions["portalLocale"]; login: string },
) {
  const context = await browser.newContext({ baseURL: opts.baseURL });
  await context.addCookies([{ name: "text-size", value: opts.textSize, url: opts.baseURL }]);
  await useSession(context, opts.baseURL, "staff", opts.login);
  const page = await context.newPage();
  await page.goto(`/${opts.locale}/review`);
  return { page, close: () => context.close() };
}

/**
 * The application's "handle" link in the department queue: the queue is paged (most urgent first), and a new
 * application with a distant deadline may be on a later page, so this follows "next page" until it shows. Each
 * queue page is handed to `scan` (the caller's axe check).
 */
export async function handleLinkInQueue(
  page: Page,
  t: (key: string, vars?: Record<string, string>) => string,
  reference: string,
  scan: (page: Page) => Promise<void>,
) {
  const link = page.getByRole("link", { name: t("workbench:queue.handle", { reference }) });
  const next = page
    .getByRole("navigation", { name: t("workbench:queue.paging") })
    .getByRole("link", { name: t("common:paging.next") });
  for (let i = 0; i < 100 && (await link.count()) === 0 && (await next.count()) > 0; i++) {
    const href = (await next.getAttribute("href"))!;
    await next.click();
    await page.waitForURL((u) => u.pathname + u.search === href);
    await scan(page);
  }
  return link;
}
