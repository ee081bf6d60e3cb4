// The department review workbench: a reviewer sees their department's queue, opens an application and acts on it;
// another department cannot open it by URL; two reviewers acting at once: one wins, the other is told.
// Staff work in contexts of their own, so every page they see is scanned here with expectNoAxeViolations.
import { expect, pairA, pairB, test } from "../fixtures";
import { handleLinkInQueue, staffPage, submitElderlyAllowance } from "./review-helpers";
import { useSession } from "../support/sessions";

test(
  "a civil-affairs reviewer finds the application in the queue and accepts it; human resources gets not found",
  { tag: pairB },
  async ({ browser, baseURL, textSize, t, portalLocale, checkA11yOf }, info) => {
    test.setTimeout(150_000);
    const app = await submitElderlyAllowance({ projectName: info.project.name, slot: 12 });

    // Another department's reviewer: the same URL is the 404 page (and the attempt is audited).
    const hr = await staffPage(browser, { baseURL: baseURL!, textSize, locale: portalLocale, login: "reviewer02" });
    const denied = await hr.page.goto(`/${portalLocale}/review/applications/${app.id}`);
    expect(denied?.status()).toBe(404);
    await expect(hr.page.getByRole("heading", { level: 1 })).toHaveText(t("errors:notFound.title"));
    await expect(hr.page.getByRole("main")).not.toContainText(app.reference);
    await checkA11yOf(hr.page);
    await hr.close();

    const reviewer = await staffPage(browser, {
      baseURL: baseURL!,
      textSize,
      locale: portalLocale,
      login: "reviewer01",
    });
    const rp = reviewer.page;
    await expect(rp.getByRole("heading", { level: 1 })).toHaveText(t("workbench:queue.title"));
    await checkA11yOf(rp);
    await (await handleLinkInQueue(rp, t, app.reference, checkA11yOf)).click();
    await expect(rp).toHaveURL(new RegExp(`/review/applications/${app.id}$`));
    const summary = rp.getByRole("region", { name: t("workbench:detail.summary") });
    await expect(summary).toContainText(t("tracking:status.submitted"));
    // Least data: the ID number is masked.
    await expect(rp.getByRole("main")).not.toContainText(/654002\d{12}/);
    await checkA11yOf(rp);

    // A clerk who captured this "accept" (the server action's request) and replays it from a clerk's session,
    // without a window session, is refused by the use case, and the application does not move.
    let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
    await rp.route("**/*", async (route) => {
      const r = route.request();
      if (!captured && r.method() === "POST" && r.headers()["next-action"]) {
        captured = { url: r.url(), headers: r.headers(), body: r.postDataBuffer()! };
        return route.abort();
      }
      return route.continue();
    });
    await rp.getByRole("button", { name: t("workbench:action.accept"), exact: true }).click();
    await expect.poll(() => Boolean(captured)).toBe(true);
    await rp.unroute("**/*");
    const clerk = await browser.newContext({ baseURL });
    await useSession(clerk, baseURL!, "staff", "clerk01");
    const keep = ["next-action", "content-type", "accept", "origin", "next-router-state-tree"];
    const headers = Object.fromEntries(Object.entries(captured!.headers).filter(([k]) => keep.includes(k)));
    const replay = await clerk.request.post(captured!.url, { headers, data: captured!.body });
    expect(await replay.text()).toContain("errors:transition.forbidden");
    await clerk.close();
    await rp.reload();
    await expect(summary).toContainText(t("tracking:status.submitted"));
    await checkA11yOf(rp);

    await rp.getByRole("button", { name: t("workbench:action.accept"), exact: true }).click();
    await expect(
      rp.getByRole("status").filter({ hasText: t("workbench:action.done", { action: t("workbench:action.accept") }) }),
    ).toBeVisible();
    await expect(summary).toContainText(t("tracking:status.accepted"));
    // The page now offers what follows acceptance, not acceptance again.
    await expect(rp.getByRole("button", { name: t("workbench:action.accept"), exact: true })).toHaveCount(0);
    await expect(rp.getByRole("button", { name: t("workbench:action.approve_part") })).toBeVisible();
    await checkA11yOf(rp);
    await reviewer.close();
  },
);

test(
  "two reviewers accept the same application at once: one succeeds, the other is told it has moved on",
  { tag: pairA },
  async ({ browser, baseURL, textSize, t, portalLocale, checkA11yOf }, info) => {
    test.setTimeout(150_000);
    const app = await submitElderlyAllowance({ projectName: info.project.name, slot: 13 });
    const reviewers = await Promise.all(
      ["reviewer01", "reviewer04"].map((login) =>
        staffPage(browser, { baseURL: baseURL!, textSize, locale: portalLocale, login }),
      ),
    );
    for (const r of reviewers) await r.page.goto(`/${portalLocale}/review/applications/${app.id}`);
    const accept = reviewers.map((r) =>
      r.page.getByRole("button", { name: t("workbench:action.accept"), exact: true }),
    );
    await Promise.all(accept.map((b) => expect(b).toBeEnabled()));
    await checkA11yOf(reviewers[0]!.page);
    await Promise.all(accept.map((b) => b.click()));

    const done = t("workbench:action.done", { action: t("workbench:action.accept") });
    const movedOn = t("errors:transition.movedOn");
    const outcome = async (p: (typeof reviewers)[number]["page"]) => {
      const won = p.getByRole("status").filter({ hasText: done });
      const lost = p.getByRole("alert").filter({ hasText: movedOn });
      await expect(won.or(lost)).toBeVisible();
      return (await won.count()) > 0 ? "won" : "lost";
    };
    const outcomes = await Promise.all(reviewers.map((r) => outcome(r.page)));
    expect(outcomes.sort()).toEqual(["lost", "won"]);
    // Both pages now show the accepted application, without the accept button.
    for (const r of reviewers) {
      await expect(r.page.getByRole("region", { name: t("workbench:detail.summary") })).toContainText(
        t("tracking:status.accepted"),
      );
      await expect(r.page.getByRole("button", { name: t("workbench:action.accept"), exact: true })).toHaveCount(0);
    }
    await checkA11yOf(reviewers[outcomes.indexOf("lost")]!.page);
    await Promise.all(reviewers.map((r) => r.close()));
  },
);
