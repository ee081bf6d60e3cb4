// Turns a stored answer into the words shown on the review page and the receipt. Pure.
import { findDivision } from "./address/ili-divisions";
import { maskBankCard, maskIdNumber, maskMobile } from "@/lib/format/mask";
import type { FieldDef } from "./types";
import type { Locale } from "@/lib/i18n/config";

/** maskIds / maskMobiles: least data on screen where the full value is not needed (a summary card). */
type Options = { maskIds?: boolean; maskMobiles?: boolean; uploadNames?: Record<string, string> };

export function formatAnswer(field: FieldDef, value: unknown, locale: Locale, opts: Options = {}): string | null {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0))
    return null;
  switch (field.kind) {
    case "select":
    case "radio":
      return field.options.find((o) => o.value === value)?.label[locale] ?? String(value);
    case "checkbox":
      return (value as string[])
        .map((v) => field.options.find((o) => o.value === v)?.label[locale] ?? v)
        .join(locale === "ug" ? "، " : "、");
    case "declaration":
      return value === true ? "✓" : null;
    case "idNumber":
      return opts.maskIds ? maskIdNumber(String(value)) : String(value);
    case "mobile":
      return opts.maskMobiles ? maskMobile(String(value)) : String(value);
    case "bankCard":
      return maskBankCard(String(value));
    case "address": {
      const a = value as { county: string; township: string; community: string; detail: string };
      const names = [[a.county], [a.county, a.township], [a.county, a.township, a.community]]
        .map((p) => findDivision(p)?.name[locale])
        .filter(Boolean);
      return [...names, a.detail].join(" ");
    }
    case "file":
      return (value as string[]).map((id) => opts.uploadNames?.[id] ?? id).join(", ");
    case "group":
      return (value as Record<string, unknown>[])
        .map((item) =>
          field.fields
            .map((f) => formatAnswer(f, item[f.name], locale, opts))
            .filter(Boolean)
            .join(" / "),
        )
        .join("; ");
    default:
      return String(value);
  }
}
