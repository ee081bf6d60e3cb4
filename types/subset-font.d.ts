// subset-font (devDependency, harfbuzz's subsetter as WebAssembly) ships no types: the part scripts/font-faces.ts uses.
declare module "subset-font" {
  type FontFormat = "truetype" | "woff" | "woff2" | "sfnt";
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: FontFormat;
      preserveNameIds?: number[];
      keepFeatures?: string[];
      noLayoutClosure?: boolean;
      noHinting?: boolean;
      dropTables?: string[];
    },
  ): Promise<Buffer>;
}

// fontverter (subset-font's own converter): WOFF2 → TrueType for reading a font's tables in tests.
declare module "fontverter" {
  export function convert(font: Buffer, to: "truetype" | "woff" | "woff2" | "sfnt"): Promise<Buffer>;
  export function detectFormat(font: Buffer): string;
}
