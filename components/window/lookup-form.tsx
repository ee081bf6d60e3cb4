import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { buttonClasses } from "@/components/ui/button-classes";
import { FocusOnLoad } from "@/components/ui/focus-on-load";

// Find a resident by ID number (typed, or put into the field by an ID-card reader acting as a keyboard, as the
// hall's readers do), mobile number, or an application's reference. A plain GET form: Enter submits.
export async function LookupForm({
  locale,
  query = "",
  autoFocus = false,
}: {
  locale: Locale;
  query?: string;
  autoFocus?: boolean;
}) {
  const t = await getT(locale, "window");
  return (
    <form method="get" action={`/${locale}/clerk/residents`} role="search" aria-labelledby="lookup-h" className="mb-6">
      <h2 id="lookup-h" className="text-2xl font-bold mb-2">
        {t("lookup.title")}
      </h2>
      <label htmlFor="lookup-q" className="block font-semibold text-lg">
        {t("lookup.label")}
      </label>
      <p id="lookup-q-hint" className="text-muted mb-1">
        {t("lookup.hint")}
      </p>
      {autoFocus && <FocusOnLoad id="lookup-q" />}
      <div className="flex flex-wrap gap-3">
        <input
          id="lookup-q"
          name="q"
          defaultValue={query}
          dir="ltr"
          autoComplete="off"
          aria-describedby="lookup-q-hint"
          className="min-h-11 px-3 text-lg border-2 border-ink rounded-md max-w-full w-80"
        />
        <button type="submit" className={buttonClasses.primary}>
          {t("lookup.submit")}
        </button>
      </div>
    </form>
  );
}
