// Page weight: what a first visit to a page downloads before it works, against a bare Next.js page of the same
// version built in the same run (bench/bare-next). Next 16 no longer prints "First Load JS", so it is measured from
// the served page the way STACK.md describes: every `/_next/` `<script src>` of the HTML, each gzipped (zlib level 9,
// close to what a CDN or proxy sends), summed; the `noModule` polyfill is left out (only old browsers load it).
// Besides the scripts, an old phone also parses the HTML and the inline RSC payload (`self.__next_f.push(…)`, the
// server components' output the client reconciles with): both are reported per page.
//
// Pages (both locales): the catalogue, a service guide, a form step (a demo resident signed in over next-auth's own
// endpoints, their draft opened at its current step), the public tracking page and sign-in.
// Goals (issue 23): ≤ 1.3× the bare page on public pages, ≤ 1.35× on a step page.
//
//   npx tsx --conditions=react-server bench/page-weight.ts --portal http://127.0.0.1:3000 [--bare http://127.0.0.1:3990]
//   (without --bare it builds and starts bench/bare-next itself, on --bare-port, default 3990)
import { gzipSync } from "node:zlib";
import type { BenchContext, BenchRow } from "./lib/bench-types";
import { startBareNext } from "./lib/bare-next";

const locales = ["zh", "ug"] as const;
/** A service with a guide and an online form that the demo resident (registry-verified) may start. */
const SERVICE = "residence-permit";
/** A seeded demo resident (prisma/seed-data.ts) and the demo password (e2e/support/sessions.ts). */
const RESIDENT = { login: "13800000001", password: "Demo#2026" };
const PUBLIC_GOAL = 1.3;
const STEP_GOAL = 1.35;

export type PageWeight = {
  url: string;
  /** gzip bytes of the page's /_next/ scripts (no noModule polyfill). */
  js: number;
  scripts: number;
  /** Bytes of the HTML as served (uncompressed) and gzipped. */
  html: number;
  htmlGzip: number;
  /** Bytes of the inline RSC payload scripts (uncompressed). */
  rsc: number;
};

type Cookies = Map<string, string>;
export const cookieHeader = (jar: Cookies) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
function keepCookies(jar: Cookies, res: Response) {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const i = pair!.indexOf("=");
    jar.set(pair!.slice(0, i).trim(), pair!.slice(i + 1).trim());
  }
}

const scriptCache = new Map<string, number>();
async function gzipBytesOf(url: string): Promise<number> {
  const cached = scriptCache.get(url);
  if (cached !== undefined) return cached;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const bytes = gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  scriptCache.set(url, bytes);
  return bytes;
}

/** Weighs one served page: its scripts (gzip), its HTML and its inline RSC payload. */
export async function weighPage(url: string, jar?: Cookies): Promise<PageWeight> {
  const res = await fetch(url, { headers: jar ? { cookie: cookieHeader(jar) } : {}, redirect: "manual" });
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} (expected the page itself)`);
  const html = await res.text();
  const srcs = new Set<string>();
  let rsc = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    const body = m[2]!;
    const src = /\bsrc="([^"]+)"/i.exec(attrs)?.[1];
    if (src) {
      if (/\bnomodule\b/i.test(attrs)) continue;
      if (src.includes("/_next/")) srcs.add(new URL(src.replace(/&amp;/g, "&"), url).href);
    } else if (body.includes("self.__next_f")) rsc += Buffer.byteLength(body);
  }
  let js = 0;
  for (const s of srcs) js += await gzipBytesOf(s);
  return {
    url,
    js,
    scripts: srcs.size,
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html, { level: 9 }).length,
    rsc,
  };
}

/** Signs a demo resident in over next-auth's endpoints (as e2e/support/sessions.ts does) and returns the cookies. */
export async function signInResident(portal: string): Promise<Cookies> {
  const jar: Cookies = new Map();
  const csrf = await fetch(`${portal}/api/auth/csrf`);
  keepCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${portal}/api/auth/callback/resident`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, login: RESIDENT.login, password: RESIDENT.password, otp: "", json: "true" }),
    redirect: "manual",
  });
  keepCookies(jar, res);
  if (![...jar.keys()].some((k) => /session-token/.test(k)))
    throw new Error(`the demo resident ${RESIDENT.login} could not sign in (HTTP ${res.status})`);
  return jar;
}

/** Opens the resident's draft ("start" redirects to the step they are on) and returns the step page's URL. */
export async function stepUrl(portal: string, locale: string, jar: Cookies): Promise<string> {
  let url = `${portal}/${locale}/services/${SERVICE}/apply`;
  for (let hop = 0; hop < 5; hop++) {
    const res = await fetch(url, { headers: { cookie: cookieHeader(jar) }, redirect: "manual" });
    keepCookies(jar, res);
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url).href;
      continue;
    }
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
    if (!/\/apply\/[^/?]+/.test(url) || /\/apply\/review\b/.test(url))
      throw new Error(`opening the draft of ${SERVICE} led to ${url}, not a form step`);
    return url;
  }
  throw new Error(`too many redirects from ${portal}/${locale}/services/${SERVICE}/apply`);
}

const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;

export type WeighResult = {
  bare: PageWeight;
  pages: (PageWeight & { label: string; locale: string; step: boolean })[];
};

export async function weighAll(
  portal: string,
  bare: string,
  log: (m: string) => void = () => {},
): Promise<WeighResult> {
  const bareWeight = await weighPage(`${bare}/`);
  const jar = await signInResident(portal);
  const pages: WeighResult["pages"] = [];
  for (const locale of locales) {
    const list: { label: string; url: string; jar?: Cookies; step?: boolean }[] = [
      { label: "catalogue", url: `${portal}/${locale}/services` },
      { label: "service guide", url: `${portal}/${locale}/services/${SERVICE}` },
      { label: "form step (signed in)", url: await stepUrl(portal, locale, jar), jar, step: true },
      { label: "tracking", url: `${portal}/${locale}/track` },
      { label: "sign-in", url: `${portal}/${locale}/sign-in` },
    ];
    for (const p of list) {
      const w = await weighPage(p.url, p.jar);
      log(`page weight: ${p.label} (${locale}) ${kB(w.js)} JS in ${w.scripts} scripts`);
      pages.push({ ...w, label: p.label, locale, step: Boolean(p.step) });
    }
  }
  return { bare: bareWeight, pages };
}

export function rowsOf({ bare, pages }: WeighResult): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const p of pages) {
    const goal = p.step ? STEP_GOAL : PUBLIC_GOAL;
    const ratio = p.js / bare.js;
    const met = ratio <= goal;
    rows.push({
      what: `first-load JS (gzip), ${p.label}, ${p.locale}`,
      goal: `≤ ${goal}× bare`,
      figure: `${kB(p.js)} (${p.scripts} scripts)`,
      baseline: `${kB(bare.js)} (bare Next.js page)`,
      ratio: `${ratio.toFixed(2)}×`,
      met,
      note: met
        ? undefined
        : "the page's client components pull libraries into the first load; see bench/README.md (page weight)",
    });
  }
  for (const p of pages)
    rows.push({
      what: `HTML and inline RSC payload, ${p.label}, ${p.locale}`,
      goal: "",
      figure: `HTML ${kB(p.html)} (${kB(p.htmlGzip)} gzip), RSC payload ${kB(p.rsc)}`,
      baseline: `HTML ${kB(bare.html)} (${kB(bare.htmlGzip)} gzip), RSC payload ${kB(bare.rsc)}`,
      met: null,
    });
  return rows;
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  return rowsOf(await weighAll(ctx.portalUrl, ctx.bareUrl, ctx.log));
}

async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const portal = arg("--portal") ?? "http://127.0.0.1:3000";
  let bareUrl = arg("--bare");
  let stop = async () => {};
  if (!bareUrl) {
    const started = await startBareNext({ port: Number(arg("--bare-port") ?? 3990), log: console.log });
    bareUrl = started.url;
    stop = started.stop;
  }
  try {
    const result = await weighAll(portal, bareUrl, console.log);
    console.log(
      `bare Next.js page: ${kB(result.bare.js)} JS, HTML ${kB(result.bare.html)}, RSC ${kB(result.bare.rsc)}`,
    );
    console.table(
      result.pages.map((p) => ({
        page: `${p.label} (${p.locale})`,
        "JS gzip": kB(p.js),
        scripts: p.scripts,
        "× bare": (p.js / result.bare.js).toFixed(2),
        HTML: kB(p.html),
        "HTML gzip": kB(p.htmlGzip),
        RSC: kB(p.rsc),
      })),
    );
    if (args.includes("--rows")) console.table(rowsOf(result));
  } finally {
    await stop();
  }
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
