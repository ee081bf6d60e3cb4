// Renders the portal's icon (public/icon.svg) into the PNG sizes the web manifest and phones ask for, and the
// favicon.ico that old browsers and bookmarks request, with Debian's Chromium. Run after changing the SVG:
//   node scripts/render-icons.mjs
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const root = path.resolve(import.meta.dirname, "..");
const svg = fs.readFileSync(path.join(root, "public/icon.svg"), "utf8");
const shell = "/usr/bin/chromium-headless-shell";
const browser = await chromium.launch({ executablePath: fs.existsSync(shell) ? shell : "/usr/bin/chromium" });

async function png(size) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  const bytes = await page.screenshot({ omitBackground: true });
  await page.close();
  return bytes;
}

for (const [file, size] of [
  ["icons/icon-192.png", 192],
  ["icons/icon-512.png", 512],
  ["icons/apple-touch-icon.png", 180],
])
  fs.writeFileSync(path.join(root, "public", file), await png(size));

// favicon.ico: one 32×32 PNG image in an ICO container (ICONDIR + one ICONDIRENTRY + the PNG).
const image = await png(32);
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(1, 4); // one image
header.writeUInt8(32, 6); // width
header.writeUInt8(32, 7); // height
header.writeUInt8(0, 8); // no palette
header.writeUInt8(0, 9); // reserved
header.writeUInt16LE(1, 10); // colour planes
header.writeUInt16LE(32, 12); // bits per pixel
header.writeUInt32LE(image.length, 14);
header.writeUInt32LE(22, 18); // offset of the image
fs.writeFileSync(path.join(root, "public/favicon.ico"), Buffer.concat([header, image]));
await browser.close();
console.log("[icons] wrote public/icons/*.png and public/favicon.ico");
