// Logs a person can use (issue 19): every response names its request (x-request-id: pages, server actions, API routes,
// the upload route that proxy.ts does not run before), and a failed page tells the resident which number to quote,
// isolated inside the Uyghur sentence. The server writes that number on the error's log line (lib/log/request-error.ts,
// unit-tested); /dev/fail exists on the browser-test server only.
import { expect, pairA, test } from "../fixtures";

const OURS = /^[0-9A-HJKMNP-TV-Z]{10}$/;

test(
  "pages, server actions and API routes answer with their request id",
  { tag: pairA },
  async ({ page, visit, checkA11y, t, request }) => {
    const seen = page.waitForResponse((r) => r.request().resourceType() === "document");
    await visit("/sign-in/code");
    const document = await seen;
    const pageId = document.headers()["x-request-id"];
    expect(pageId).toMatch(OURS);

    // A server action (the form posts with JavaScript; nothing typed: the answer is a field error).
    const posted = page.waitForResponse(
      (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
    );
    await page.getByRole("button", { name: t("account:code.send") }).click();
    const action = await posted;
    expect(action.headers()["x-request-id"]).toMatch(OURS);
    expect(action.headers()["x-request-id"]).not.toBe(pageId);
    await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
    await checkA11y();

    for (const path of ["/api/health", "/api/uploads/no-such-file"]) {
      const res = await request.get(path);
      expect(res.headers()["x-request-id"], path).toMatch(OURS);
    }
    // The upload POST, which gives itself its id (proxy.ts would read the whole body before it).
    const upload = await request.post("/api/uploads", { multipart: { service: "none" } });
    expect(upload.status()).toBe(401);
    expect(upload.headers()["x-request-id"]).toMatch(OURS);
  },
);

test(
  "the id a trusted proxy set is kept, an unsafe one replaced",
  { tag: pairA },
  async ({ request, portalLocale }) => {
    // The test server trusts one proxy hop (scripts/serve-test.ts), as a portal behind the city's proxy does.
    const fromProxy = "3b6c1a9f0e2d4c5b8a7f6e5d4c3b2a19";
    const kept = await request.get(`/${portalLocale}`, { headers: { "x-request-id": fromProxy } });
    expect(kept.headers()["x-request-id"]).toBe(fromProxy);
    const replaced = await request.get("/api/health", { headers: { "x-request-id": "<script>1</script>" } });
    expect(replaced.headers()["x-request-id"]).toMatch(OURS);
  },
);

test("a failed page says so and shows the number to quote", async ({ page, t, portalLocale, checkA11y }) => {
  const response = await page.goto(`/${portalLocale}/dev/fail`);
  expect(response?.status()).toBe(500);
  expect(response?.headers()["x-request-id"]).toMatch(OURS);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("errors:error.title"));
  await expect(page.getByText(t("errors:error.quote"))).toBeVisible();
  const number = page.getByTestId("error-reference");
  await expect(number).toHaveText(/^\d+$/);
  // Read left to right inside the Uyghur sentence.
  await expect(number).toHaveAttribute("dir", "ltr");
  expect(await number.evaluate((e) => e.tagName)).toBe("BDI");
  await expect(page.getByRole("button", { name: t("errors:error.retry") })).toBeVisible();
  await checkA11y();
});
