// Writes the one web font the portal serves: Noto Sans Arabic cut down to the characters Uyghur pages use, in the
// weights the pages use (400 and 700: `font-semibold` falls on the 700 face), as
//   public/fonts/uyghur-<weight>.<hash>.woff2          (content-hashed: cached for a year, see next.config.ts)
//   components/layout/fonts/font-faces.css             (the @font-face rules)
//   components/layout/fonts/uyghur-font-files.ts       (the file names, for the preload on Uyghur pages)
// Why: every phone and PC sold in China has a Chinese system font (PingFang SC, Microsoft YaHei, Noto Sans CJK SC /
// Source Han Sans SC, HarmonyOS Sans…), so Chinese text uses it (app/globals.css) and no Chinese font is served; the
// self-hosted Noto Sans SC slices cost a Chinese page 20–28 files and its largest paint (issue 23). What a device may
// lack is the Uyghur letters (ې ۆ ۈ ۋ ە ھ ئ…), or a font that shapes them well: those we serve, ~9 kB a weight.
// The subset keeps every OpenType layout feature (subset-font's default: init/medi/fina/isol, rlig, liga, mark…),
// so letters join as in the full font; scripts/font-faces.test.ts shapes words with both and compares.
// Run with `npm run fonts` after changing Uyghur text; the test fails when a character is missing or the committed
// files differ from what this writes.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";

/** The source: the Arabic-script slice of @fontsource/noto-sans-arabic (an npm package, no download at build). */
export const SOURCE = (weight: number) =>
  `node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff2`;
export const WEIGHTS = [400, 700] as const;
/** The family name in CSS: not a name any device has installed, so the served subset is what renders. */
export const FAMILY = "Uyghur Noto Sans";
export const CSS_OUTPUT = "components/layout/fonts/font-faces.css";
export const FILES_OUTPUT = "components/layout/fonts/uyghur-font-files.ts";
export const FONT_DIR = "public/fonts";

/** The Uyghur alphabet (Uyghur Ereb Yéziqi, 32 letters) and the hamza carrier ئ: any name a resident types. */
export const UYGHUR_ALPHABET = "ئ ا ە ب پ ت ج چ خ د ر ز ژ س ش غ ف ق ك گ ڭ ل م ن ھ و ۇ ۆ ۈ ۋ ې ى ي".replace(/ /g, "");
/** Arabic punctuation (comma, semicolon, question mark), the joining stretch (tatweel), hamza and the invisible
 *  characters that steer joining and direction, plus the spaces, so a Uyghur word run is one font. */
export const UYGHUR_PUNCTUATION = "، ؛ ؟ ـ ء".replace(/ /g, "") + " \u00a0\u200c\u200d\u200e";

/** Arabic script as Unicode blocks: Arabic, Arabic Supplement, Presentation Forms A and B. */
export const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFE]/gu;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() && keep(file) ? [file] : [];
  });
}

/** Every Arabic-script character of the portal's own text: the Uyghur locale files, and the Uyghur written in code
 *  (service definitions, field kinds' own messages, the language switcher's endonym…). Tests are left out. */
export function textFiles(root: string): string[] {
  const code = (file: string) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes("generated");
  return [
    ...filesUnder(path.join(root, "locales/ug"), (f) => f.endsWith(".json")),
    ...["app", "components", "lib"].flatMap((dir) => filesUnder(path.join(root, dir), code)),
  ].sort();
}

export function arabicScriptIn(text: string): Set<string> {
  return new Set(text.match(ARABIC_SCRIPT) ?? []);
}

/** The characters the subset must map: the alphabet, the punctuation, and whatever the portal's text holds. */
export function uyghurCharacters(root: string): string[] {
  const chars = new Set([...UYGHUR_ALPHABET, ...UYGHUR_PUNCTUATION]);
  for (const file of textFiles(root)) for (const c of arabicScriptIn(fs.readFileSync(file, "utf8"))) chars.add(c);
  return [...chars].sort();
}

/** Presentation forms (U+FB50…, U+FE70…) that stand for the letters kept: text pasted from old Uyghur software is
 *  sometimes stored in them. They map to glyphs the subset keeps anyway. */
export function presentationFormsOf(chars: string[]): string[] {
  const kept = new Set(chars);
  const forms: string[] = [];
  const blocks: [number, number][] = [
    [0xfb50, 0xfdff],
    [0xfe70, 0xfefe],
  ];
  for (const [from, to] of blocks)
    for (let cp = from; cp <= to; cp++) {
      const c = String.fromCodePoint(cp);
      const base = c.normalize("NFKC");
      // One letter's contextual form, or lam-alef (the one ligature Uyghur writes); not the Arabic word ligatures.
      const oneLetter = base.length === 1 || (cp >= 0xfef5 && cp <= 0xfefc);
      if (base !== c && oneLetter && [...base].every((b) => kept.has(b))) forms.push(c);
    }
  return forms;
}

/** While the font loads (`font-display: swap`), Uyghur is drawn by the first installed font of app/globals.css's
 *  list, UKIJ Tuz (Debian's fonts-ukij-uyghur, the design Uyghur readers know): it runs 29% narrower than Noto Sans
 *  Arabic at the same size, so the swap re-wrapped every paragraph (measured: CLS 0.3 on the Uyghur catalogue with
 *  the font 1.5 s late). These faces draw UKIJ Tuz scaled to Noto's width and with Noto's ascent and descent, so the
 *  swap moves nothing. `sizeAdjust` is the ratio of the two fonts' advance widths over the Uyghur locale strings
 *  (harfbuzz shaping; scripts/font-faces.test.ts measures it again when the Debian font is installed). Devices
 *  without UKIJ Tuz fall back unadjusted (Microsoft Uighur, Noto Naskh Arabic: not measured here). */
export const FALLBACKS = [
  {
    weight: 400,
    local: "UKIJ Tuz",
    file: "/usr/share/fonts/truetype/fonts-ukij-uyghur/UKIJTuz.ttf",
    sizeAdjust: 1.2884,
  },
  {
    weight: 700,
    local: "UKIJ Tuz Bold",
    file: "/usr/share/fonts/truetype/fonts-ukij-uyghur/UKIJTuzBold.ttf",
    sizeAdjust: 1.249,
  },
] as const;
/** Noto Sans Arabic's vertical metrics (hhea, units of the 1000-unit em), the same in both weights. */
export const NOTO_ASCENT = 1374;
export const NOTO_DESCENT = 738;
export const FALLBACK_FAMILY = `${FAMILY} Fallback`;

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

const UNICODE_RANGE = "U+0020, U+00A0, U+0600-06FF, U+0750-077F, U+FB50-FDFF, U+FE70-FEFE, U+200C-200E";

export type FontFile = { weight: number; file: string; bytes: Buffer };

export async function buildFonts(root: string): Promise<FontFile[]> {
  const chars = uyghurCharacters(root);
  const text = [...chars, ...presentationFormsOf(chars)].join("");
  return Promise.all(
    WEIGHTS.map(async (weight) => {
      const source = fs.readFileSync(path.join(root, SOURCE(weight)));
      // Every layout feature is kept (no keepFeatures list): Arabic joining needs init/medi/fina/isol and rlig.
      const bytes = await subsetFont(source, text, { targetFormat: "woff2" });
      const hash = crypto.createHash("sha256").update(bytes).digest("hex").slice(0, 10);
      return { weight, file: `uyghur-${weight}.${hash}.woff2`, bytes };
    }),
  );
}

export function fontFacesCss(fonts: FontFile[]): string {
  const faces = fonts.map(
    ({ weight, file }) => `@font-face {
  font-family: "${FAMILY}";
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url("/fonts/${file}") format("woff2");
  unicode-range: ${UNICODE_RANGE};
}
`,
  );
  const fallbacks = FALLBACKS.map(
    (f) => `@font-face {
  font-family: "${FALLBACK_FAMILY}";
  font-style: normal;
  font-weight: ${f.weight};
  src: local("${f.local}");
  size-adjust: ${percent(f.sizeAdjust)};
  ascent-override: ${percent(NOTO_ASCENT / 1000 / f.sizeAdjust)};
  descent-override: ${percent(NOTO_DESCENT / 1000 / f.sizeAdjust)};
  line-gap-override: 0%;
  unicode-range: ${UNICODE_RANGE};
}
`,
  );
  return [
    "/* Generated by scripts/font-faces.ts (npm run fonts); do not edit by hand.\n" +
      "   Uyghur only: Chinese, Latin and digits use the device's own fonts (app/globals.css). The spaces are in the\n" +
      "   range so that a run of Uyghur words is one font. */\n",
    ...faces,
    "/* While it loads: the installed UKIJ Tuz, sized like Noto Sans Arabic, so the swap shifts nothing. */\n",
    ...fallbacks,
  ].join("\n");
}

export function fontFilesModule(fonts: FontFile[]): string {
  const regular = fonts.find((f) => f.weight === 400)!;
  return `// Generated by scripts/font-faces.ts (npm run fonts); do not edit by hand.
/** The Uyghur web font's files, by weight (served from public/fonts, cached for a year: the name holds a hash). */
export const UYGHUR_FONT_FILES = {
${fonts.map((f) => `  ${f.weight}: "/fonts/${f.file}",`).join("\n")}
} as const;

/** Preloaded on Uyghur pages: body text, the most of a page, is regular. */
export const UYGHUR_FONT_PRELOAD = "/fonts/${regular.file}";
`;
}

export async function writeFonts(root: string): Promise<FontFile[]> {
  const fonts = await buildFonts(root);
  const dir = path.join(root, FONT_DIR);
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(dir)) if (/^uyghur-\d+\.[0-9a-f]+\.woff2$/.test(old)) fs.rmSync(path.join(dir, old));
  for (const f of fonts) fs.writeFileSync(path.join(dir, f.file), f.bytes);
  fs.writeFileSync(path.join(root, CSS_OUTPUT), fontFacesCss(fonts));
  fs.writeFileSync(path.join(root, FILES_OUTPUT), fontFilesModule(fonts));
  return fonts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const root = path.resolve(__dirname, "..");
  writeFonts(root).then((fonts) => {
    for (const f of fonts) console.log(`[fonts] ${FONT_DIR}/${f.file}: ${f.bytes.length} bytes`);
    console.log(`[fonts] ${uyghurCharacters(root).length} characters; wrote ${CSS_OUTPUT} and ${FILES_OUTPUT}`);
  });
}
