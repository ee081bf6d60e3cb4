import { describe, expect, it } from "vitest";
import { mostUsedSlugs, splitMostUsed } from "./most-used";
import { getService, services } from "./index";

describe("most-used items", () => {
  it("names only items that exist, each once", () => {
    expect(mostUsedSlugs.filter((slug) => !getService(slug))).toEqual([]);
    expect(new Set(mostUsedSlugs).size).toBe(mostUsedSlugs.length);
  });

  it("puts the most-used first in the hall's order and keeps every other item, none twice", () => {
    const { mostUsed, more } = splitMostUsed(services);
    expect(mostUsed.map((s) => s.slug)).toEqual([...mostUsedSlugs]);
    expect(more.length + mostUsed.length).toBe(services.length);
    expect(more.some((s) => (mostUsedSlugs as readonly string[]).includes(s.slug))).toBe(false);
  });

  it("works on a filtered list", () => {
    const some = services.filter((s) =>
      ["residence-permit", "birth-registration-family-planning", "elderly-allowance"].includes(s.slug),
    );
    const { mostUsed, more } = splitMostUsed(some);
    expect(mostUsed.map((s) => s.slug)).toEqual(["elderly-allowance", "residence-permit"]);
    expect(more.map((s) => s.slug)).toEqual(["birth-registration-family-planning"]);
  });
});
