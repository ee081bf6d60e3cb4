// What a page costs the browser: Chromium's own counters (CDP Performance.getMetrics: task, script, layout and style
// time) and the number of font files fetched, for a few public pages in both languages, each in a fresh browser
// context (a first visit). Public tools only: Playwright and Debian's Chromium.
//
//   node bench/page-cost.mjs [baseURL] [--as-device-without-fonts] [--runs N]
//
// --as-device-without-fonts removes the local() sources from the portal's font faces on the way in, so the same
// run shows what a device without Noto Sans CJK SC installed pays (every Chinese slice downloaded and decoded).
import fs from "node:fs";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const base = args.find((a) => a.startsWith("http")) ?? "http://127.0.0.1:3000";
const withoutFonts = args.includes("--as-device-without-fonts");
const runs = Number(args[args.indexOf("--runs") + 1]) || 3;
const pages = ["/zh", "/zh/services", "/zh/sign-in", "/ug", "/ug/services", "/ug/sign-in"];
const shell = "/usr/bin/chromium-headless-shell";
const browser = await chromium.launch({
  executablePath: fs.existsSync(shell) ? shell : "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});

const rows = [];
for (const p of pages) {
  const sample = { task: [], script: [], layout: [], style: [], fonts: [] };
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext();
    if (withoutFonts)
      await context.route(/\.css$/, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace(/local\([^)]*\),\s*/g, ""); // minified: local(Name)
        await route.fulfill({ response, body });
      });
    const page = await context.newPage();
    let fonts = 0;
    page.on("request", (q) => /\.woff2?$/.test(q.url()) && fonts++);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(base + p, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    const { metrics } = await cdp.send("Performance.getMetrics");
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    sample.task.push(m.TaskDuration * 1000);
    sample.script.push(m.ScriptDuration * 1000);
    sample.layout.push(m.LayoutDuration * 1000);
    sample.style.push(m.RecalcStyleDuration * 1000);
    sample.fonts.push(fonts);
    await context.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  rows.push({
    page: p,
    "task ms": Math.round(median(sample.task)),
    "script ms": Math.round(median(sample.script)),
    "layout ms": Math.round(median(sample.layout)),
    "style ms": Math.round(median(sample.style)),
    "font files": median(sample.fonts),
  });
}
await browser.close();
console.log(`${base}${withoutFonts ? " (as a device without the fonts installed)" : ""}, median of ${runs}`);
console.table(rows);
