// A posted form as the plain object its zod schema describes: a field the schema declares as an array gets every
// value posted under its name (checkboxes, multi-selects), any other field its first value. Files are left out
// unless the schema asks for them, so a file posted under a text field's name reads as missing.
import { z } from "zod";

function isArraySchema(schema: z.ZodType | undefined): boolean {
  let s = schema;
  // Optional, default, nullable and catch wrap the schema they modify.
  while (s && ["optional", "default", "nullable", "catch", "prefault"].includes(s.def.type))
    s = (s.def as unknown as { innerType: z.ZodType }).innerType;
  return s?.def.type === "array";
}

export function inputOf(schema: z.ZodObject, raw: unknown): Record<string, unknown> {
  if (!(raw instanceof FormData)) return raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const shape = schema.shape as Record<string, z.ZodType>;
  const object: Record<string, unknown> = {};
  for (const key of new Set(raw.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields for forms posted without JavaScript
    const values = raw.getAll(key).filter((v) => typeof v === "string");
    object[key] = isArraySchema(shape[key]) ? values : values[0];
  }
  return object;
}
