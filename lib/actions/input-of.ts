// A posted form as the plain object its zod schema describes: a field the schema declares as an array gets every
// value posted under its name (checkboxes, multi-selects), any other field its first value. Files are left out
// unless the schema asks for them, so a file posted under a text field's name reads as missing.
import { z } from "zod";

/** The schema's own type under the optional, default, nullable and catch wrappers. */
function baseType(schema: z.ZodType | undefined): string | undefined {
  let s = schema;
  while (s && ["optional", "default", "nullable", "catch", "prefault"].includes(s.def.type))
    s = (s.def as unknown as { innerType: z.ZodType }).innerType;
  return s?.def.type;
}

export function inputOf(schema: z.ZodObject, raw: unknown): Record<string, unknown> {
  if (!(raw instanceof FormData)) return raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const shape = schema.shape as Record<string, z.ZodType>;
  const object: Record<string, unknown> = {};
  for (const key of new Set(raw.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields for forms posted without JavaScript
    const type = baseType(shape[key]);
    // A file field (z.file()) gets its file; an empty file input posts a nameless empty file, read as missing.
    if (type === "file") {
      const file = raw.getAll(key).find((v): v is File => typeof v !== "string" && v.size > 0);
      object[key] = file;
      continue;
    }
    const values = raw.getAll(key).filter((v) => typeof v === "string");
    object[key] = type === "array" ? values : values[0];
  }
  return object;
}
