// The four browser-test projects (language × text size) and the tags that limit a test to some of them.
// A test with no variant tag runs in all four; a test tagged `@zh-standard @ug-large` runs in those two only.
// Playwright applies this before the run (each project's grepInvert, see playwright.config.ts), so a test that does
// not belong to a project is not part of it at all: nothing is skipped inside a test body.
export const variantNames = ["zh-standard", "zh-large", "ug-standard", "ug-large"] as const;
export type VariantName = (typeof variantNames)[number];

export type PortalOptions = { portalLocale: "zh" | "ug"; textSize: "standard" | "large" };

export const variants: Array<PortalOptions & { name: VariantName }> = [
  { name: "zh-standard", portalLocale: "zh", textSize: "standard" },
  { name: "zh-large", portalLocale: "zh", textSize: "large" },
  { name: "ug-standard", portalLocale: "ug", textSize: "standard" },
  { name: "ug-large", portalLocale: "ug", textSize: "large" },
];

/** A project's position in the fixed order above (-1 for another name): test accounts are numbered by it. */
export function variantIndex(name: string): number {
  return (variantNames as readonly string[]).indexOf(name);
}

const tag = (v: VariantName) => `@${v}`;

/** Tags for `test(title, { tag: inVariants(...) }, body)`. */
export function inVariants(...names: VariantName[]): string[] {
  if (names.length === 0) throw new Error("name at least one variant");
  return names.map(tag);
}

/** Two pairs that each cover both languages and both text sizes, one size per language. */
export const pairA = inVariants("zh-standard", "ug-large");
export const pairB = inVariants("zh-large", "ug-standard");
export const largeOnly = inVariants("zh-large", "ug-large");
export const standardOnly = inVariants("zh-standard", "ug-standard");

/** Matches the title-with-tags of a test that names some variants but not this one. */
export function notInVariant(name: VariantName): RegExp {
  const any = variantNames.map((v) => v.replace("-", "\\-")).join("|");
  return new RegExp(`^(?!.*@${name.replace("-", "\\-")}(?:\\s|$)).*@(?:${any})(?:\\s|$)`);
}
