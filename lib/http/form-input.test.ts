import { describe, expect, it } from "vitest";
import { formLocale, formText, formWindowSession } from "./form-input";

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe("form input", () => {
  it("reads the page's language, and the default one when it is missing or not a portal language", () => {
    expect(formLocale(form({ locale: "ug" }))).toBe("ug");
    expect(formLocale(form({}))).toBe("zh");
    expect(formLocale(form({ locale: "en" }))).toBe("zh");
  });
  it("reads text fields and the window session, empty or absent when not posted", () => {
    expect(formText(form({ slug: "elderly-allowance" }), "slug")).toBe("elderly-allowance");
    expect(formText(form({}), "slug")).toBe("");
    expect(formWindowSession(form({ session: "s1" }))).toBe("s1");
    expect(formWindowSession(form({ session: "" }))).toBeUndefined();
  });
});
