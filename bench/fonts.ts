// Font bytes and files per page, for a device that has a Chinese system font (this machine's Chromium with Debian's
// fonts-noto-cjk, as every phone and PC sold in China has one). Each page is a first visit in a fresh browser context;
// font responses are counted by Chromium's resource type and their transferred body size.
//   npx tsx bench/fonts.ts --portal http://127.0.0.1:3960
import fs from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import type { BenchContext, BenchRow } from "./lib/bench-types";
import { PUBLIC_PAGES } from "./lib/portal-pages";

const LOCALES = ["zh", "ug"] as const;
/** The Uyghur subset: one file per weight used (400, 700). */
const UG_MAX_FILES = 2;

export type FontLoad = {
  page: string;
  files: number;
  bytes: number;
  urls: string[];
  /** Cumulative layout shift of a visit whose font files arrive 1.5 s late (a slow phone line): the swap's shift. */
  lateFontCls: number;
};

const FONT_DELAY_MS = 1500;

/** Layout shift over a visit in which every font response waits FONT_DELAY_MS: what `font-display: swap` costs. */
async function clsWithLateFonts(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.route(/\.woff2(\?|$)/, async (route) => {
    await new Promise((r) => setTimeout(r, FONT_DELAY_MS));
    await route.continue();
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(url, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
  const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
  await context.close();
  return cls;
}

export async function measureFonts(base: string, log: (m: string) => void = () => {}): Promise<FontLoad[]> {
  const shell = "/usr/bin/chromium-headless-shell";
  const browser = await chromium.launch({
    executablePath: fs.existsSync(shell) ? shell : "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const loads: FontLoad[] = [];
  try {
    for (const locale of LOCALES)
      for (const p of PUBLIC_PAGES) {
        const path = p.path(locale);
        const context = await browser.newContext();
        const page = await context.newPage();
        const pending: Promise<{ url: string; bytes: number }>[] = [];
        page.on("requestfinished", (req) => {
          if (req.resourceType() === "font")
            pending.push(req.sizes().then((s) => ({ url: new URL(req.url()).pathname, bytes: s.responseBodySize })));
        });
        await page.goto(base + path, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready);
        await page.waitForLoadState("networkidle");
        const fonts = await Promise.all(pending);
        loads.push({
          page: path,
          files: fonts.length,
          bytes: fonts.reduce((sum, f) => sum + f.bytes, 0),
          urls: fonts.map((f) => f.url),
          lateFontCls: fonts.length > 0 ? await clsWithLateFonts(browser, base + path) : 0,
        });
        log(
          `${path}: ${fonts.length} font files, ${loads.at(-1)!.bytes} bytes, CLS with late fonts ${loads.at(-1)!.lateFontCls.toFixed(3)}`,
        );
        await context.close();
      }
  } finally {
    await browser.close();
  }
  return loads;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function fontRows(loads: FontLoad[]): BenchRow[] {
  const shifts = loads
    .filter((l) => l.files > 0)
    .map((l) => ({
      what: `layout shift when the font arrives ${FONT_DELAY_MS / 1000} s late, ${l.page}`,
      goal: "no layout shift (CLS < 0.01)",
      figure: l.lateFontCls.toFixed(3),
      met: l.lateFontCls < 0.01,
    }));
  return [...fontBytes(loads), ...shifts];
}

function fontBytes(loads: FontLoad[]): BenchRow[] {
  return loads.map((l) => {
    const zh = l.page.startsWith("/zh");
    const met = zh ? l.files === 0 : l.files <= UG_MAX_FILES;
    return {
      what: `font bytes, ${l.page} (device with a Chinese system font)`,
      goal: zh ? "0 (the device's Chinese font)" : `≤ ${UG_MAX_FILES} files (the Uyghur subset, 400 and 700)`,
      figure: `${kB(l.bytes)} in ${l.files} file${l.files === 1 ? "" : "s"}`,
      met,
      note: met ? undefined : `fetched ${l.urls.join(", ")}`,
    };
  });
}

export async function bench(ctx: BenchContext): Promise<BenchRow[]> {
  return fontRows(await measureFonts(ctx.portalUrl, ctx.log));
}

if (process.argv[1] && /bench\/fonts\.ts$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const portal = args[args.indexOf("--portal") + 1] ?? "http://127.0.0.1:3960";
  measureFonts(portal, (m) => console.log(m)).then((loads) => console.table(fontRows(loads)));
}
