import "server-only";
import type { TFunction } from "i18next";
import type { Locale } from "./config";
import { i18nFor } from "./create-i18n";

/** The locale's i18next instance: one per process and locale, shared by every request (see create-i18n.ts). */
export const getI18n = (locale: Locale) => i18nFor(locale);

const fixedTs = new Map<string, TFunction>();

/** How many plain texts one locale and namespace keep (the keys are the code's; this only bounds a surprise). */
const MAX_KEPT = 5000;

/**
 * i18next's fixed t() copies its whole options object and walks the resource tree on every call: measurable on a
 * page of a hundred texts (bench/throughput.ts profiles). A text asked for by key alone (no count, no values) is the
 * same for every visitor of a locale, and the resources never change in a running process, so it is kept after its
 * first use. Anything with options goes to i18next as before.
 */
function keepingPlainTexts(t: TFunction): TFunction {
  const kept = new Map<string, string>();
  const call = t as unknown as (...args: unknown[]) => unknown;
  const fixed = (...args: unknown[]) => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== "string") return call(...args);
    const hit = kept.get(key);
    if (hit !== undefined) return hit;
    const text = call(key);
    if (typeof text === "string" && kept.size < MAX_KEPT) kept.set(key, text);
    return text;
  };
  const { lng, ns, keyPrefix } = t as unknown as { lng?: string; ns?: unknown; keyPrefix?: unknown };
  return Object.assign(fixed, { lng, ns, keyPrefix }) as unknown as TFunction;
}

/** A t() fixed to a locale and namespace; made once per process and pair (a fixed t holds no request state). */
export async function getT(locale: Locale, ns?: string) {
  const key = `${locale}:${ns ?? "common"}`;
  let t = fixedTs.get(key);
  if (!t) {
    t = keepingPlainTexts(i18nFor(locale).getFixedT(locale, ns ?? "common"));
    fixedTs.set(key, t);
  }
  return t;
}
