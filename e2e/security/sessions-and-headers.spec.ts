// Issue 18: a sign-out revokes the token (a copy of the cookie opens nothing afterwards); cookies are Secure whenever
// the request came over https; HSTS in production; no redirect off the site after sign-in.
import { request as newRequest } from "@playwright/test";
import { expect, pairA, signIn, test } from "../fixtures";
import { DEMO_PASSWORD } from "../support/sessions";

/** Signs a demo resident in over next-auth's endpoint (the session cookie lands in `api`'s cookie jar). */
async function residentCookie(api: Awaited<ReturnType<typeof newRequest.newContext>>, login: string) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post("/api/auth/callback/resident", {
    form: { csrfToken, login, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
}

test("a signed-out token opens nothing, even as a copy", { tag: pairA }, async ({ baseURL }) => {
  const api = await newRequest.newContext({ baseURL });
  await residentCookie(api, "13800000001");
  const session = (await api.storageState()).cookies.find((c) => /session-token/.test(c.name));
  expect(session, "signed in").toBeDefined();
  // The copy an attacker (or a shared kiosk) would keep.
  const copy = await newRequest.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${session!.name}=${session!.value}` },
  });
  expect((await copy.get("/zh/account", { maxRedirects: 0 })).status()).toBe(200);

  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post("/api/auth/signout", { form: { csrfToken, json: "true" }, maxRedirects: 0 });
  const after = await copy.get("/zh/account", { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers().location).toContain("/zh/sign-in");
  await Promise.all([api.dispose(), copy.dispose()]);
});

test("cookies are Secure on an https request, and production sends HSTS", { tag: pairA }, async ({ baseURL }) => {
  // As the city's TLS proxy forwards a browser's https request. Cookies are carried by hand: a client on plain http
  // (this test) would not send back the Secure ones it is given.
  const api = await newRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const cookiesOf = (res: { headersArray(): { name: string; value: string }[] }) =>
    res
      .headersArray()
      .filter((h) => h.name.toLowerCase() === "set-cookie")
      .map((h) => h.value);
  const csrf = await api.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrf).find((v) => /csrf-token=/.test(v))!;
  expect(csrfCookie).toMatch(/;\s*Secure/i);
  const res = await api.post("/api/auth/callback/resident", {
    form: { csrfToken, login: "13800000001", password: DEMO_PASSWORD, json: "true" },
    headers: { cookie: csrfCookie.split(";")[0]! },
    maxRedirects: 0,
  });
  const session = cookiesOf(res).find((v) => /session-token=/.test(v));
  expect(session, "a session cookie was set").toBeDefined();
  expect(session).toMatch(/;\s*Secure/i);
  const page = await api.get("/zh", { maxRedirects: 0 });
  expect(page.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  await api.dispose();
});

test(
  "after signing in, a return address that would leave the site leads home instead",
  { tag: pairA },
  async ({ page, visit, t, portalLocale, baseURL }) => {
    // The tab (%09) is dropped by URL parsers: "/\t/evil.example" becomes "//evil.example", another site.
    await visit("/sign-in?callbackUrl=/%09/evil.example");
    await signIn(page, t, "resident", "13800000001");
    // Home (the language's front page), on this site.
    await expect(page).toHaveURL(new RegExp(`/${portalLocale}$`));
    expect(new URL(page.url()).host).toBe(new URL(baseURL!).host);
  },
);
