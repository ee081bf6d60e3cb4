import { expect, test } from "../fixtures";

test("home page: document language, direction, text size and entry points", async ({
  page,
  visit,
  t,
  portalLocale,
  textSize,
}) => {
  await visit("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", portalLocale === "zh" ? "zh-CN" : "ug");
  await expect(html).toHaveAttribute("dir", portalLocale === "zh" ? "ltr" : "rtl");
  await expect(html).toHaveAttribute("data-text-size", textSize);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("home.title"));
  await expect(page).toHaveTitle(t("site.name"));
  const main = page.getByRole("main");
  for (const key of ["home.apply.title", "home.track.title", "home.signIn.title"]) {
    await expect(main.getByRole("link", { name: t(key) })).toBeVisible();
  }
  // Help that a person can reach, on every page.
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "0999-12345" })).toBeVisible();
  // Senior-mode switch in the header, labelled for what it will do.
  const toggle = page
    .getByRole("banner")
    .getByRole("button", { name: t(textSize === "large" ? "textSize.toStandard" : "textSize.toLarge") });
  await expect(toggle).toBeVisible();
});

test("the root address sends a visitor to their language", async ({ request }) => {
  const zh = await request.get("/", { headers: { "accept-language": "zh-CN,zh;q=0.9" }, maxRedirects: 0 });
  expect(zh.status()).toBe(307);
  expect(zh.headers().location).toMatch(/\/zh$/);
  const ug = await request.get("/", { headers: { "accept-language": "ug-CN,ug;q=0.9" }, maxRedirects: 0 });
  expect(ug.headers().location).toMatch(/\/ug$/);
  const cookie = await request.get("/", {
    headers: { "accept-language": "zh-CN", cookie: "locale=ug" },
    maxRedirects: 0,
  });
  expect(cookie.headers().location).toMatch(/\/ug$/);
  const other = await request.get("/sign-in", { headers: { "accept-language": "en-US" }, maxRedirects: 0 });
  expect(other.headers().location).toMatch(/\/zh\/sign-in$/);
});

test("security headers on pages and API responses", async ({ request, portalLocale }) => {
  for (const path of [`/${portalLocale}`, "/api/health"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBeTruthy();
    expect(h["permissions-policy"]).toContain("geolocation=()");
  }
});

test("health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});

test("no request leaves the server; Chinese uses the device's font, Uyghur the subset served here", async ({
  page,
  visit,
  portalLocale,
}) => {
  const external: string[] = [];
  const fontFiles: string[] = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") && !["127.0.0.1", "localhost"].includes(u.hostname)) external.push(r.url());
  });
  page.on("requestfinished", (r) => {
    if (r.resourceType() === "font") fontFiles.push(new URL(r.url()).pathname);
  });
  await visit("/");
  await page.waitForLoadState("networkidle");
  expect(external).toEqual([]);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/"/g, ""));
  });
  if (portalLocale === "zh") {
    // Every phone and PC sold in China has a Chinese font: a Chinese page downloads none (the language switcher's
    // Uyghur name too is drawn by the device's own Arabic font).
    expect(fontFiles).toEqual([]);
  } else {
    // The Uyghur letters come from the subset of Noto Sans Arabic served by this server (scripts/font-faces.ts).
    expect(loaded).toContain("Uyghur Noto Sans");
    expect(fontFiles.length).toBeGreaterThan(0);
    for (const file of fontFiles) expect(file).toMatch(/^\/fonts\/uyghur-\d+\.[0-9a-f]+\.woff2$/);
  }
});
