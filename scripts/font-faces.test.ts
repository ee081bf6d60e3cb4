import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FAMILIES, OUTPUT, fontFacesCss, rewriteFontsource } from "./font-faces";

const root = path.resolve(__dirname, "..");

describe("self-hosted font faces", () => {
  it("the committed stylesheet is what the generator writes from the installed @fontsource packages", () => {
    expect(fs.readFileSync(path.join(root, OUTPUT), "utf8")).toBe(fontFacesCss(root));
  });

  it("names the installed font first and falls back to the package's WOFF2 file, for every face", () => {
    const css = fs.readFileSync(path.join(root, OUTPUT), "utf8");
    const faces = css.split("@font-face").slice(1);
    expect(faces.length).toBeGreaterThan(200);
    for (const face of faces) {
      expect(face).toMatch(/src: local\("[^"]+"\)/);
      expect(face).not.toMatch(/\.woff\)/);
      const file = face.match(/url\(([^)]+\.woff2)\)/)?.[1] ?? "(no woff2 url)";
      expect(fs.existsSync(path.resolve(root, path.dirname(OUTPUT), file)), file).toBe(true);
    }
  });

  it("refuses a stylesheet it does not understand instead of writing faces without the installed font", () => {
    const odd = "@font-face { font-family: 'Noto Sans SC'; src: url(x.ttf); }";
    expect(() =>
      rewriteFontsource(
        odd,
        FAMILIES.find((f) => f.pkg === "noto-sans-sc")!,
        400,
      ),
    ).toThrow(/rewrote 0 of 1/);
  });

  it("bold faces name bold installed fonts", () => {
    const sc = FAMILIES.find((f) => f.pkg === "noto-sans-sc")!;
    const face =
      "@font-face { src: url(./files/a-700.woff2) format('woff2'), url(./files/a-700.woff) format('woff'); }";
    const out = rewriteFontsource(face, sc, 700);
    expect(out).toContain('local("Noto Sans CJK SC Bold")');
    expect(out).not.toContain('local("Noto Sans CJK SC")');
  });
});
