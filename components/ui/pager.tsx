import Link from "next/link";
import { textDirection, type Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { Page } from "@/lib/paging/keyset";
import { buttonClasses } from "./button-classes";

// "Previous page" / "next page" under a paged list: plain links (a page is a URL: works without JavaScript, can be
// bookmarked), in a nav named after the list. "Previous" sits at the inline start and "next" at the inline end in
// both directions; the arrows point the way the reader moves (in Uyghur, right to left, "next" points left).
export async function Pager({
  locale,
  label,
  page,
  hrefOf,
}: {
  locale: Locale;
  /** The nav's accessible name, e.g. "pages of my applications" (several lists may share a page). */
  label: string;
  page: Pick<Page<unknown>, "next" | "prev">;
  /** The URL of the page a cursor names (the list's other parameters kept). */
  hrefOf: (cursor: string) => string;
}) {
  if (!page.next && !page.prev) return null;
  const t = await getT(locale, "common");
  const rtl = textDirection[locale] === "rtl";
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 mt-6">
      {page.prev && (
        <Link href={hrefOf(page.prev)} rel="prev" className={buttonClasses.secondary}>
          <span aria-hidden="true">{rtl ? "→" : "←"}</span>
          {t("paging.previous")}
        </Link>
      )}
      {page.next && (
        <Link href={hrefOf(page.next)} rel="next" className={`${buttonClasses.secondary} ms-auto`}>
          {t("paging.next")}
          <span aria-hidden="true">{rtl ? "←" : "→"}</span>
        </Link>
      )}
    </nav>
  );
}

/** `base` with `name=cursor` set (other parameters kept), and an optional #fragment to land on the list. */
export function withCursor(
  base: string,
  params: Record<string, string | undefined>,
  name: string,
  cursor: string,
  fragment?: string,
): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "" && k !== name) query.set(k, v);
  query.set(name, cursor);
  return `${base}?${query.toString()}${fragment ? `#${fragment}` : ""}`;
}
