import { endonym, htmlLang, locales, type Locale } from "@/lib/i18n/config";
import { pathInLocale } from "@/lib/http/paths";

// Links to the same page in the other language. The link text is the other language's own name, marked with
// its language so screen readers pronounce it right; the accessible name also says what it does.
export function LanguageSwitcher({
  locale,
  pathname,
  search,
  label,
}: {
  locale: Locale;
  pathname: string;
  search: string;
  label: string;
}) {
  const others = locales.filter((l) => l !== locale);
  return (
    <>
      {others.map((other: Locale) => (
        <a
          key={other}
          href={pathInLocale(pathname, search, other)}
          hrefLang={htmlLang[other]}
          aria-label={`${label}: ${endonym[other]}`}
          className="inline-flex items-center min-h-11 px-3 rounded-md border-2 border-brand-700 font-semibold no-underline bg-white"
        >
          {/* data-endonym: drawn by the device's font on a Chinese page (app/globals.css) */}
          <span lang={htmlLang[other]} data-endonym="">
            {endonym[other]}
          </span>
        </a>
      ))}
    </>
  );
}
