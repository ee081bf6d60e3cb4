// The public pages the browser benchmarks (fonts, Lighthouse) visit, and a demo resident's session for the step
// page. The session is made the way the browser tests make theirs (e2e/support/sessions.ts): next-auth's CSRF token,
// then the resident provider's callback; the step's URL is where "apply" redirects a signed-in resident.
export const GUIDE_SLUG = "residence-permit";
export const DEMO_RESIDENT = { login: "13800000001", password: "Demo#2026" };

export type PublicPage = { name: string; path: (locale: string) => string };

/** Catalogue, a guide, sign-in, home and tracking: pages anyone opens without signing in. */
export const PUBLIC_PAGES: PublicPage[] = [
  { name: "catalogue", path: (l) => `/${l}/services` },
  { name: "guide", path: (l) => `/${l}/services/${GUIDE_SLUG}` },
  { name: "sign-in", path: (l) => `/${l}/sign-in` },
  { name: "home", path: (l) => `/${l}` },
  { name: "tracking", path: (l) => `/${l}/track` },
];

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0] ?? c);
}

/** A `Cookie` header value holding a signed-in demo resident's session. */
export async function residentCookie(base: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/resident`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, ...DEMO_RESIDENT, otp: "", json: "true" }),
  });
  const session = cookiesOf(res).filter((c) => /session-token/.test(c));
  if (session.length === 0) throw new Error(`the demo resident could not sign in (HTTP ${res.status})`);
  return session.join("; ");
}

/** The first step of a new application for the guide's item: "apply" starts a draft and redirects there. */
export async function stepPath(base: string, cookie: string, locale: string): Promise<string> {
  const res = await fetch(`${base}/${locale}/services/${GUIDE_SLUG}/apply`, {
    redirect: "manual",
    headers: { cookie },
  });
  const to = res.headers.get("location");
  if (!to || !/\/apply\/[^/]+$/.test(new URL(to, base).pathname))
    throw new Error(`apply did not lead to a step (HTTP ${res.status}, ${to})`);
  return new URL(to, base).pathname;
}
