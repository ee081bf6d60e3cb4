import { z } from "zod";
import type { FieldDef } from "../types";
import type { FieldKind, FormatOptions, SchemaContext } from "./kind";
import type { Locale } from "@/lib/i18n/config";
import { isMaskedKind } from "../mask-answers";
import { fieldKinds } from "./registry";

export { fieldKinds };

export function kindOf<F extends FieldDef>(field: F): FieldKind<F> {
  return fieldKinds[field.kind] as unknown as FieldKind<F>;
}

/** Also accepts one of the masks the server sent, as it is; anything else is checked (and reported) as before. */
function acceptingMasks(schema: z.ZodType, masks: readonly string[]): z.ZodType {
  const accepted = new Set(masks);
  return z.unknown().transform((value, c) => {
    if (typeof value === "string" && accepted.has(value)) return value;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    for (const issue of r.error.issues) c.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

/** The schema of one field's value; an optional field also accepts "not given". */
// Schemas built on the server, per field definition and day: a field's schema depends only on its definition and
// `today` there (no masks), and building zod schemas was the largest share of a submission's own CPU (it validates
// every step again; bench/submission.ts profile). Field definitions are the catalogue's constants, so a WeakMap
// keyed by them never grows past the catalogue; each keeps the schemas of at most two days.
const serverSchemas = new WeakMap<FieldDef, Map<string, z.ZodType>>();

export function fieldSchema(field: FieldDef, ctx: SchemaContext): z.ZodType {
  if (ctx.masks?.length) return buildFieldSchema(field, ctx);
  let byDay = serverSchemas.get(field);
  if (!byDay) serverSchemas.set(field, (byDay = new Map()));
  let schema = byDay.get(ctx.today);
  if (!schema) {
    if (byDay.size >= 2) byDay.clear();
    schema = buildFieldSchema(field, ctx);
    byDay.set(ctx.today, schema);
  }
  return schema;
}

function buildFieldSchema(field: FieldDef, ctx: SchemaContext): z.ZodType {
  const kind = kindOf(field);
  const own = kind.schema(field, ctx);
  const schema = ctx.masks?.length && isMaskedKind(field.kind) ? acceptingMasks(own, ctx.masks) : own;
  if (!field.optional) return schema;
  // "Not given" (an empty string, no file, an untouched address) becomes undefined, which an optional field accepts.
  return z.preprocess((v) => (kind.isEmpty(v) ? undefined : v), schema.optional());
}

/** The words shown for a stored answer (review page, receipt, summary cards); null when nothing was given. */
export function formatValue(field: FieldDef, value: unknown, locale: Locale, opts: FormatOptions = {}): string | null {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0))
    return null;
  const kind = kindOf(field);
  return kind.format ? kind.format(field, value, locale, opts) || null : String(value);
}
