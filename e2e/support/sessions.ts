// Signing in without the sign-in page: the same next-auth endpoints the page's form calls (CSRF token, then the
// provider's callback), so the session cookie is real. Only the sign-in tests use the page itself.
// Sessions are JWTs, so one sign-in per worker, audience and login is reused by every test of that worker
// (a sign-out deletes the browser's cookie; the token itself stays valid until its expiry or the staff idle limit,
// 30 minutes, far longer than a run).
import { request, type BrowserContext, type Cookie } from "@playwright/test";
import { withStaffCode } from "./authenticator";

export const DEMO_PASSWORD = "Demo#2026";
export type Audience = "resident" | "staff";

const cache = new Map<string, Cookie[]>();

async function signInOverHttp(baseURL: string, audience: Audience, login: string, password: string): Promise<Cookie[]> {
  const api = await request.newContext({ baseURL });
  try {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    let last = "";
    // Staff give the authenticator code with the password (next-auth's endpoint asks for both at once).
    const post = async (otp: string) => {
      const res = await api.post(`/api/auth/callback/${audience}`, {
        form: { csrfToken, login, password, otp, json: "true" },
        maxRedirects: 0,
      });
      last = `HTTP ${res.status()}: ${await res.text()}`;
      return (await api.storageState()).cookies.some((c) => /session-token/.test(c.name));
    };
    if (audience === "staff") await withStaffCode(post, login).catch(() => {});
    else await post("");
    const state = await api.storageState();
    if (!state.cookies.some((c) => /session-token/.test(c.name)))
      throw new Error(`${audience} ${login} could not sign in (${last})`);
    return state.cookies;
  } finally {
    await api.dispose();
  }
}

/** Puts a signed-in session of this account into the browser context (signing in over HTTP once per worker). */
export async function useSession(
  context: BrowserContext,
  baseURL: string,
  audience: Audience,
  login: string,
  password = DEMO_PASSWORD,
) {
  const key = `${baseURL} ${audience} ${login}`;
  let cookies = cache.get(key);
  if (!cookies) {
    cookies = await signInOverHttp(baseURL, audience, login, password);
    cache.set(key, cookies);
  }
  await context.addCookies(cookies);
}
