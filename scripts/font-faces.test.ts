import fs from "node:fs";
import path from "node:path";
import { convert } from "fontverter";
import * as hb from "harfbuzzjs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CSS_OUTPUT,
  FALLBACKS,
  NOTO_ASCENT,
  NOTO_DESCENT,
  FILES_OUTPUT,
  FONT_DIR,
  SOURCE,
  UYGHUR_ALPHABET,
  WEIGHTS,
  buildFonts,
  fontFacesCss,
  fontFilesModule,
} from "./font-faces";

const root = path.resolve(__dirname, "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

/** The committed font files, as the stylesheet names them. */
function committedFonts(): { weight: number; file: string }[] {
  const css = read(CSS_OUTPUT);
  return [...css.matchAll(/font-weight: (\d+);[^}]*?url\("\/fonts\/([^"]+)"\)/g)].map((m) => ({
    weight: Number(m[1]),
    file: m[2]!,
  }));
}

async function harfbuzzFont(bytes: Buffer) {
  const face = new hb.Face(new hb.Blob(await convert(bytes, "truetype")), 0);
  return { face, font: new hb.Font(face) };
}

/** The shaped glyphs of a right-to-left Uyghur text, as outlines and advances (glyph ids differ between fonts). */
function shaped(font: hb.Font, text: string): string[] {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphInfosAndPositions().map((g) => `${font.glyphToPath(g.codepoint)} ${g.xAdvance}`);
}

// Read here, independently of the generator's own collection: the Uyghur locale files' strings and the Uyghur
// written in the service definitions (every Arabic-script character of those files).
function uyghurTextOfThePortal(): string {
  const strings: string[] = [];
  for (const f of fs.readdirSync(path.join(root, "locales/ug")).filter((f) => f.endsWith(".json")))
    JSON.parse(read(`locales/ug/${f}`), (_k, v) => (typeof v === "string" && strings.push(v), v));
  for (const f of fs.readdirSync(path.join(root, "lib/services/items")).filter((f) => f.endsWith(".ts")))
    strings.push(read(`lib/services/items/${f}`));
  return strings.join("\n");
}

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFE]/gu;

describe("the Uyghur web font", () => {
  let fonts: { weight: number; file: string; bytes: Buffer }[];
  beforeAll(() => {
    fonts = committedFonts().map((f) => ({ ...f, bytes: fs.readFileSync(path.join(root, FONT_DIR, f.file)) }));
  });

  it("is one subset per weight the pages use, each a few kB", () => {
    expect(fonts.map((f) => f.weight)).toEqual([...WEIGHTS]);
    for (const f of fonts) expect(f.bytes.length).toBeLessThan(20_000);
  });

  it("maps every Arabic-script character of the Uyghur locale files and service texts, the whole alphabet and the Arabic punctuation", async () => {
    const needed = new Set([...(uyghurTextOfThePortal().match(ARABIC_SCRIPT) ?? []), ...UYGHUR_ALPHABET, ..."،؛؟"]);
    expect(needed.size).toBeGreaterThan(35);
    for (const f of fonts) {
      const { face } = await harfbuzzFont(f.bytes);
      const cmap = new Set(face.collectUnicodes());
      const missing = [...needed].filter((c) => !cmap.has(c.codePointAt(0)!));
      expect(
        missing.map((c) => `${c} U+${c.codePointAt(0)!.toString(16).toUpperCase()}`),
        f.file,
      ).toEqual([]);
    }
  });

  it("joins letters exactly as the full font does (init/medi/fina and lam-alef kept)", async () => {
    // Every Uyghur letter alone and in initial, medial and final position, the sample of ../shared/UYGHUR.md, the
    // words Noto Arabic once shaped wrongly (notofonts/arabic#69, #29), lam-alef, and a typed name.
    const letters = [...UYGHUR_ALPHABET];
    const samples = [
      ...letters,
      ...letters.map((l) => `${l}ب`),
      ...letters.map((l) => `ب${l}ب`),
      ...letters.map((l) => `ب${l}`),
      "ئۇيغۇرچە، بىلىم، ئېلىكترونلۇق ھۆكۈمەت، ۋاقىت، كۆرۈش، ئۈچۈن",
      "بىلىم ئىلىم ھەر چە ئۇيغۇرچە چەك گە لىم",
      "لا ئالاھىدە قانداق؟ بۇ؛",
      "ئابدۇرېھىم ژۇڭگو پاكار",
    ];
    for (const weight of WEIGHTS) {
      const source = await harfbuzzFont(fs.readFileSync(path.join(root, SOURCE(weight))));
      const subset = await harfbuzzFont(fonts.find((f) => f.weight === weight)!.bytes);
      for (const text of samples)
        expect(shaped(subset.font, text), `${weight} ${text}`).toEqual(shaped(source.font, text));
      // And joining happens at all: ب at the start of a word is not the isolated ب.
      const [initial] = shaped(subset.font, "بب").slice(-1); // right-to-left: the first letter is drawn last
      expect(initial).not.toEqual(shaped(subset.font, "ب")[0]);
      // (The source's `liga` only concerned glyphs left out; lam-alef is `rlig`. The isolated form is the default.)
      expect(subset.face.getTableFeatureTags("GSUB")).toEqual(expect.arrayContaining(["init", "medi", "fina", "rlig"]));
    }
  });

  it("the committed files are what `npm run fonts` writes", async () => {
    const built = await buildFonts(root);
    expect(read(CSS_OUTPUT)).toBe(fontFacesCss(built));
    expect(read(FILES_OUTPUT)).toBe(fontFilesModule(built));
    for (const f of built)
      expect(fs.readFileSync(path.join(root, FONT_DIR, f.file)).equals(f.bytes), f.file).toBe(true);
    const served = fs.readdirSync(path.join(root, FONT_DIR)).filter((f) => f.endsWith(".woff2"));
    expect(served.sort()).toEqual(built.map((f) => f.file).sort());
  });

  it.skipIf(!FALLBACKS.every((f) => fs.existsSync(f.file)))(
    "the fallback drawn while it loads (UKIJ Tuz, Debian fonts-ukij-uyghur) is sized to Noto's width and height",
    async () => {
      const sample = uyghurTextOfThePortal()
        .replace(/[^\u0600-\u06FF ]+/g, " ")
        .slice(0, 20_000);
      const width = (f: hb.Font, upem: number) => {
        const buffer = new hb.Buffer();
        buffer.addText(sample);
        buffer.guessSegmentProperties();
        hb.shape(f, buffer);
        return buffer.getGlyphPositions().reduce((sum, p) => sum + p.xAdvance, 0) / upem;
      };
      for (const fallback of FALLBACKS) {
        const noto = await harfbuzzFont(fs.readFileSync(path.join(root, SOURCE(fallback.weight))));
        const ukij = await harfbuzzFont(fs.readFileSync(fallback.file));
        const ratio = width(noto.font, noto.face.upem) / width(ukij.font, ukij.face.upem);
        expect(Math.abs(ratio / fallback.sizeAdjust - 1), `${fallback.local}: measured ${ratio}`).toBeLessThan(0.01);
        expect(noto.font.hExtents()).toMatchObject({ ascender: NOTO_ASCENT, descender: -NOTO_DESCENT });
      }
    },
  );

  it("swaps in (text is never invisible) and no Chinese font is served", () => {
    const css = read(CSS_OUTPUT);
    const faces = css
      .split("@font-face")
      .slice(1)
      .filter((face) => face.includes("url("));
    expect(faces).toHaveLength(WEIGHTS.length);
    for (const face of faces) expect(face).toContain("font-display: swap");
    expect(css).not.toMatch(/Noto Sans SC|CJK|fontsource/);
    expect(read("app/globals.css")).toMatch(/--font-sans:\s*system-ui/);
  });
});
