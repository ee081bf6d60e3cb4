import { describe, expect, it } from "vitest";
import { inVariants, notInVariant, pairA, variantNames } from "./variants";

// Playwright matches a project's grepInvert against "file title @tag1 @tag2"; a match leaves the test out.
const title = (tags: string[]) => ["e2e/x.spec.ts", "a test about ug-large pages", ...tags].join(" ");

describe("variant tags", () => {
  it("a test without variant tags runs in every project", () => {
    for (const v of variantNames) expect(notInVariant(v).test(title([]))).toBe(false);
  });
  it("a tagged test runs exactly in the projects it names", () => {
    const runsIn = variantNames.filter((v) => !notInVariant(v).test(title(pairA)));
    expect(runsIn).toEqual(["zh-standard", "ug-large"]);
    expect(variantNames.filter((v) => !notInVariant(v).test(title(inVariants("ug-standard"))))).toEqual([
      "ug-standard",
    ]);
  });
  it("a variant's name inside the title is not a tag", () => {
    expect(notInVariant("zh-standard").test(title([]))).toBe(false);
  });
  it("other tags do not count as variants", () => {
    expect(notInVariant("zh-large").test(title(["@slow", "@ug-largeish"]))).toBe(false);
  });
});
