import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { maskForKiosk } from "@/lib/profile/kiosk-mask";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { listProfileAccess } from "@/lib/profile/access-log";
import { profileFieldDefs, type ProfileFieldName } from "@/lib/profile/profile-fields";
import { formatDateTime } from "@/lib/format/dates";
import { requestCorrectionAction } from "@/lib/profile/actions/request-correction-action";
import { buttonClasses } from "@/components/ui/button-classes";
import { listConsents } from "@/lib/profile/consents";
import { revokeConsentAction } from "@/lib/profile/actions/consent-actions";
import { getService, services } from "@/lib/services";
import { loadFieldSources, loadProfileSnapshot } from "@/lib/profile/load-profile";
import { ProfileFacts } from "./profile-facts";
import { isolate } from "@/lib/i18n/bidi";
import { Pager, withCursor } from "@/components/ui/pager";

const serviceSlugOf = (code: string) => services.find((s) => s.code === code)?.slug ?? "";

// "My data": who looked at my profile, a copy of everything, and a way to ask for a correction.
export async function MyDataView({
  locale,
  correction,
  cursor,
}: {
  locale: Locale;
  correction?: string;
  /** The access log's page (lib/paging/keyset.ts). */
  cursor?: string;
}) {
  const user = await requireRole(locale, ["resident"], `/${locale}/account/data`);
  const [tp, ts, tw, accessPage, consents, profile, sources] = await Promise.all([
    getT(locale, "profile"),
    getT(locale, "staff"),
    getT(locale, "window"),
    listProfileAccess(user.id, cursor),
    listConsents(user.id),
    loadProfileSnapshot(user.id),
    loadFieldSources(user.id),
  ]);
  const access = accessPage.rows;
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{tp("data.title")}</h1>
      <p className="text-lg mb-6">{tp("data.intro")}</p>
      <div className="flex flex-wrap gap-3 mb-8">
        {/* No download onto a hall kiosk: the copy would stay on a public machine (the route refuses it too). */}
        {user.channel === "terminal" ? (
          <p className="text-lg basis-full">{tp("data.noDownloadAtKiosk")}</p>
        ) : (
          <a href="/api/me/export" download className={buttonClasses.primary}>
            {tp("data.download")}
          </a>
        )}
        <Link href={`/${locale}/account`} className={buttonClasses.secondary}>
          {tp("title")}
        </Link>
        <Link href={`/${locale}/applications`} className={buttonClasses.secondary}>
          {tp("data.applications")}
        </Link>
      </div>
      <section aria-labelledby="held-h" className="mb-8">
        <h2 id="held-h" className="text-2xl font-bold mb-2">
          {tp("data.held")}
        </h2>
        <p className="text-lg mb-4">{tp("data.heldIntro")}</p>
        {/* At a hall kiosk every identifier is masked: a public screen (lib/profile/kiosk-mask.ts). */}
        <ProfileFacts
          locale={locale}
          profile={user.channel === "terminal" ? maskForKiosk(profile) : profile}
          sources={sources}
        />
      </section>
      <section aria-labelledby="access-h" className="mb-8">
        <h2 id="access-h" className="text-2xl font-bold mb-2">
          {tp("data.accessLog")}
        </h2>
        <p className="text-lg mb-4">{tp("data.accessIntro")}</p>
        {access.length === 0 ? (
          <p className="text-lg text-muted">{tp("data.accessEmpty")}</p>
        ) : (
          <ul className="space-y-3 text-lg">
            {access.map((a) => (
              <li key={a.id} className="border-s-4 border-brand-700 ps-4">
                <p className="font-semibold">{formatDateTime(a.at, locale)}</p>
                <p>
                  {ts(`roles.${a.role}`)}
                  {a.staffId && (
                    <>
                      {" "}
                      <bdi dir="ltr">{a.staffId}</bdi>
                    </>
                  )}
                  {a.department && <> · {locale === "ug" ? a.department.nameUg : a.department.nameZh}</>}
                </p>
                <p>
                  {a.action === "profile.reveal"
                    ? tp("data.reveal", {
                        field:
                          profileFieldDefs[a.payload.field as ProfileFieldName]?.label[locale] ?? a.payload.field ?? "",
                      })
                    : a.action === "profile.view"
                      ? tp("data.view")
                      : tw(`access.${a.action}`, {
                          window: isolate(a.payload.windowNo ?? ""),
                          reference: isolate(a.payload.reference ?? ""),
                        })}
                </p>
                {a.payload.reason && (
                  <p>
                    {tp("data.reason")}: {a.payload.reason}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
        <Pager
          locale={locale}
          label={tp("data.accessPaging")}
          page={accessPage}
          hrefOf={(c) => withCursor(`/${locale}/account/data`, {}, "cursor", c, "access-h")}
        />
      </section>
      <section aria-labelledby="consents" className="mb-8">
        <h2 id="consents" className="text-2xl font-bold mb-2">
          {tp("consent.listTitle")}
        </h2>
        {consents.length === 0 ? (
          <p className="text-lg text-muted">{tp("consent.listEmpty")}</p>
        ) : (
          <ul className="space-y-3 text-lg">
            {consents.map((c) => {
              const what = `${tp(`consent.category.${c.category}`)} · ${getService(serviceSlugOf(c.serviceCode))?.title[locale] ?? c.serviceCode}`;
              return (
                <li key={c.id} className="border-s-4 border-brand-700 ps-4">
                  <p className="font-semibold">{what}</p>
                  <p>{tp("consent.granted", { time: formatDateTime(c.grantedAt, locale) })}</p>
                  {c.atWindow && (
                    <p>
                      {tp("consent.atWindow", {
                        window: isolate(c.atWindow.windowNo),
                        staffId: isolate(c.atWindow.staffId),
                      })}
                    </p>
                  )}
                  {c.revokedAt ? (
                    <p>{tp("consent.revokedAt", { time: formatDateTime(c.revokedAt, locale) })}</p>
                  ) : (
                    <form action={revokeConsentAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="id" value={c.id} />
                      <button type="submit" className={buttonClasses.secondary}>
                        {tp("consent.revoke", { what })}
                      </button>
                    </form>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="correction" className="mb-8">
        <h2 id="correction" className="text-2xl font-bold mb-2">
          {tp("data.correction")}
        </h2>
        <p className="text-lg mb-4">{tp("data.correctionIntro")}</p>
        {correction === "sent" && (
          <div role="status" className="border-s-4 border-ok bg-ok-bg p-4 mb-4 rounded-e-md text-lg">
            {tp("data.correctionSent")}
          </div>
        )}
        <form action={requestCorrectionAction}>
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="correction-text" className="block font-semibold text-lg mb-1">
            {tp("data.correctionLabel")}
          </label>
          <textarea
            id="correction-text"
            name="text"
            required
            maxLength={500}
            rows={4}
            className="block w-full max-w-xl px-3 py-2 text-lg border-2 border-ink rounded-md mb-4"
          />
          <button type="submit" className={buttonClasses.secondary}>
            {tp("data.correctionSubmit")}
          </button>
        </form>
      </section>
    </>
  );
}
