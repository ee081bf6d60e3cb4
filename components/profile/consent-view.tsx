import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getService } from "@/lib/services";
import type { Acting } from "@/lib/applications/acting";
import { consentsMissing } from "@/lib/profile/consents";
import { grantConsentAction } from "@/lib/profile/actions/consent-actions";
import { buttonClasses } from "@/components/ui/button-classes";

// Explicit, per-item, per-category consent before an item that uses sensitive data opens its form. At the window
// the resident gives it in person: the clerk reads each category out and ticks what the resident agreed to.
export async function ConsentView({
  locale,
  slug,
  error,
  acting,
}: {
  locale: Locale;
  slug: string;
  error: boolean;
  acting: Acting;
}) {
  const service = getService(slug);
  if (!service) notFound();
  const missing = await consentsMissing(acting.applicantId, service);
  if (missing.length === 0) redirect(`${acting.prefix}/services/${slug}/apply`);
  const [tp, tw] = await Promise.all([getT(locale, "profile"), getT(locale, "window")]);
  return (
    <>
      <p className="text-lg text-muted">{service.title[locale]}</p>
      <h1 className="text-3xl font-bold mb-3">{tp("consent.title")}</h1>
      <p className="text-lg mb-6 max-w-3xl">{tp("consent.intro", { service: service.title[locale] })}</p>
      {acting.window && <p className="text-lg mb-6 max-w-3xl font-semibold">{tw("consent.sensitiveInPerson")}</p>}
      {error && (
        <div role="alert" className="border-s-4 border-danger bg-danger-bg p-4 mb-6 rounded-e-md text-lg">
          {tp("consent.required")}
        </div>
      )}
      <form action={grantConsentAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="slug" value={slug} />
        {acting.window && <input type="hidden" name="session" value={acting.window.sessionId} />}
        <fieldset className="mb-6">
          <legend className="font-semibold text-lg mb-2">{tp("consent.agree")}</legend>
          {missing.map((c) => (
            <label key={c} className="flex items-start gap-3 min-h-11 py-2 text-lg cursor-pointer">
              <input type="checkbox" name="category" value={c} className="size-6 mt-1 shrink-0 accent-brand-700" />
              {tp(`consent.category.${c}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className={buttonClasses.primary}>
          {tp("consent.submit")}
        </button>
      </form>
    </>
  );
}
