import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inputOf } from "./input-of";

const schema = z.object({
  slug: z.string(),
  category: z.array(z.string()).default([]),
  member: z.array(z.string()).optional(),
});

const form = (entries: [string, string | Blob][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("inputOf", () => {
  it("gives an array field every posted value and any other field its first", () => {
    const f = form([
      ["slug", "a"],
      ["slug", "b"],
      ["category", "disability"],
      ["category", "income"],
      ["member", "x"],
    ]);
    expect(inputOf(schema, f)).toEqual({ slug: "a", category: ["disability", "income"], member: ["x"] });
  });

  it("reads one ticked checkbox as a list of one, and leaves out Next's own fields and files", () => {
    const f = form([
      ["category", "health"],
      ["$ACTION_ID_abc", ""],
      ["slug", new Blob(["x"])],
    ]);
    expect(inputOf(schema, f)).toEqual({ category: ["health"], slug: undefined });
  });

  it("gives a file field (z.file()) its file, and reads an empty file input (nothing chosen) as missing", () => {
    const withFile = z.object({ session: z.string(), scan: z.file().optional() });
    const scan = new File(["%PDF-1.4"], "form.pdf");
    const f = form([
      ["session", "s1"],
      ["scan", scan],
    ]);
    expect(inputOf(withFile, f)).toEqual({ session: "s1", scan });
    expect(inputOf(withFile, form([["scan", new File([], "")]]))).toEqual({ scan: undefined });
    // A file under a text field's name still reads as missing.
    expect(inputOf(withFile, form([["session", scan]]))).toEqual({ session: undefined });
  });

  it("passes an object from a client call through as it is", () => {
    expect(inputOf(schema, { slug: "a", category: ["x"] })).toEqual({ slug: "a", category: ["x"] });
    expect(inputOf(schema, undefined)).toEqual({});
  });
});
