// The translation files as the tests read them: one tree per namespace file, and flattened "a.b.c" keys.
import fs from "node:fs";
import path from "node:path";

export type Tree = { [k: string]: string | Tree };

/** Every namespace file of a language: { "common.json": tree, … }. */
export const readLocale = (lng: string): Record<string, Tree> =>
  Object.fromEntries(
    fs
      .readdirSync(path.join(__dirname, lng))
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f, JSON.parse(fs.readFileSync(path.join(__dirname, lng, f), "utf8")) as Tree]),
  );

/** A tree's texts as [key, text] pairs; array items get their index as the key part. */
export const flatten = (tree: Tree, prefix = ""): Array<[string, string]> =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[prefix + k, v] as [string, string]] : flatten(v, `${prefix}${k}.`),
  );
