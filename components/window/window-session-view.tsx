import Link from "next/link";
import { headers } from "next/headers";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { bundles, services, getService } from "@/lib/services";
import { clientIp } from "@/lib/http/client-ip";
import { requireWindowSession } from "@/lib/window/require-window-session";
import { viewProfileAsStaff } from "@/lib/profile/staff-profile-access";
import { listMyDrafts, listMySubmitted } from "@/lib/applications/read/list-my-applications";
import { Pager, withCursor } from "@/components/ui/pager";
import { endSessionAction, handOverAction } from "@/lib/window/actions/window-actions";
import { profileFieldDefs } from "@/lib/profile/profile-fields";
import { formatAnswer } from "@/lib/form-engine/format-answer";
import { formatDateTime } from "@/lib/format/dates";
import { langOfTyped } from "@/lib/i18n/text-lang";
import type { Status } from "@/lib/applications/transition/status-machine";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { cookies } from "next/headers";
import { WINDOW_LAYOUT_COOKIE, windowLayoutOf } from "@/lib/preferences/window-layout";
import { WindowLayoutToggle } from "./window-layout-toggle";
import { FocusOnLoad } from "@/components/ui/focus-on-load";
import { StatusBadge } from "@/components/application/status-badge";
import { RevealForm } from "@/components/staff/reveal-form";
import { AssuranceOutcome, AssuranceSection, type AssuranceNotice } from "./assurance-section";
import { ClientStrings } from "@/components/i18n/client-strings";
import { WindowRatingSection, type RatingNotice } from "./window-rating-section";

// The resident being served, with their consent: the profile (masked; a full value only with a reason), their
// drafts to finish here or on their phone, their applications (receipts, results to hand over), and a new one.
export async function WindowSessionView({
  locale,
  sessionId,
  notice,
  assurance,
  cursor,
  rating,
}: {
  locale: Locale;
  sessionId: string;
  /** The outcome of asking for a rating. */
  rating?: RatingNotice;
  notice?: "handedOver" | "handOverError";
  assurance?: AssuranceNotice;
  /** The page of the resident's submitted applications (lib/paging/keyset.ts). */
  cursor?: string;
}) {
  const prefix = `/${locale}/clerk/sessions/${sessionId}`;
  const grant = await requireWindowSession(locale, sessionId, prefix);
  const [t, tp, ta, tt] = await Promise.all([
    getT(locale, "window"),
    getT(locale, "profile"),
    getT(locale, "applications"),
    getT(locale, "tracking"),
  ]);
  const [profile, draftRows, page] = await Promise.all([
    viewProfileAsStaff(grant, clientIp(await headers())),
    listMyDrafts(grant.residentId),
    listMySubmitted(grant.residentId, cursor),
  ]);
  const titled = <R extends { serviceSlug: string }>(rows: R[]) =>
    rows.flatMap((r) => {
      const service = getService(r.serviceSlug);
      return service ? [{ ...r, title: service.title[locale] }] : [];
    });
  const drafts = titled(draftRows);
  const submitted = titled(page.rows);
  const address = formatAnswer(profileFieldDefs.address, profile.address, locale);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="session" value={sessionId} />
    </>
  );
  return (
    <>
      <p className="text-lg text-muted">{t("session.window", { window: grant.windowNo })}</p>
      <h1 className="text-3xl font-bold mb-3">
        {t("session.title")} <bdi lang={langOfTyped(profile.fullName ?? "")}>{profile.fullName ?? tp("notGiven")}</bdi>
      </h1>
      {notice === "handedOver" && (
        <Alert tone="success" live>
          <p className="text-lg">{t("session.handedOver")}</p>
        </Alert>
      )}
      {notice === "handOverError" && (
        <Alert tone="error" live>
          <p className="text-lg">{t("session.handOverError")}</p>
        </Alert>
      )}
      <AssuranceOutcome locale={locale} notice={assurance} />

      <section aria-labelledby="start-h" className="border-2 border-brand-700 rounded-lg p-4 mb-6">
        <h2 id="start-h" className="text-2xl font-bold mb-2">
          {t("session.start")}
        </h2>
        <form method="get" action={`${prefix}/start`} className="flex flex-wrap gap-3 items-end">
          <div className="min-w-0 max-w-full">
            <label htmlFor="start-slug" className="block font-semibold text-lg">
              {t("session.service")}
            </label>
            <select
              id="start-slug"
              name="slug"
              className="min-h-11 px-2 text-lg border-2 border-ink rounded-md bg-white w-full max-w-xl"
            >
              {/* The items, then the life-event bundles: the same bundle as online, one submission for several
                  departments. */}
              {(
                [
                  ["services:catalogue.title", services],
                  ["bundles:catalogue.heading", bundles],
                ] as const
              ).map(([label, list]) => (
                <optgroup key={label} label={t(label)}>
                  {list
                    .filter((s) => s.channels.includes("window"))
                    .map((s) => (
                      <option key={s.slug} value={s.slug}>
                        {s.title[locale]}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses.primary}>
            {t("session.startButton")}
          </button>
        </form>
        <FocusOnLoad id="start-slug" />
      </section>

      {drafts.length > 0 && (
        <section aria-labelledby="drafts-h" className="mb-6">
          <h2 id="drafts-h" className="text-2xl font-bold mb-2">
            {t("session.drafts")}
          </h2>
          <ul className="space-y-3">
            {drafts.map((d) => (
              <li key={d.id} className="border-2 border-line rounded-lg p-4">
                <h3 className="text-xl font-semibold">{d.title}</h3>
                <p className="text-muted mb-2">
                  {t(`session.startedVia.${d.channel}`)} ·{" "}
                  {ta("list.lastSaved", { time: formatDateTime(d.updatedAt, locale) })}
                </p>
                <div className="flex flex-wrap gap-3">
                  <Link href={`${prefix}/services/${d.serviceSlug}/apply`} className={buttonClasses.primary}>
                    {t("session.continueHere", { service: d.title })}
                  </Link>
                  <Link href={`${prefix}/handoff/${d.serviceSlug}`} className={buttonClasses.secondary}>
                    {t("session.handoff", { service: d.title })}
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      {submitted.length > 0 && (
        <section aria-labelledby="apps-h" className="mb-6">
          <h2 id="apps-h" className="text-2xl font-bold mb-2">
            {t("session.applications")}
          </h2>
          <ul className="space-y-3">
            {submitted.map((a) => (
              <li key={a.id} className="border-2 border-line rounded-lg p-4">
                <h3 className="text-xl font-semibold">{a.title}</h3>
                <p className="mb-1">
                  <bdi dir="ltr">{a.reference}</bdi>
                </p>
                <p className="mb-2">
                  <StatusBadge status={a.status as Status} label={tt(`status.${a.status}`)} />
                </p>
                <div className="flex flex-wrap gap-3">
                  <Link href={`${prefix}/applications/${a.id}/receipt`} className={buttonClasses.secondary}>
                    {t("session.receipt", { service: a.title })}
                  </Link>
                  {a.status === "approved" && (
                    <form action={handOverAction}>
                      {hidden}
                      <input type="hidden" name="applicationId" value={a.id} />
                      <button type="submit" className={buttonClasses.primary}>
                        {t("session.handOver", { service: a.title })}
                      </button>
                    </form>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <Pager
            locale={locale}
            label={t("session.paging")}
            page={page}
            hrefOf={(c) => withCursor(prefix, {}, "cursor", c, "apps-h")}
          />
        </section>
      )}

      <section aria-labelledby="profile-h" className="mb-6">
        <h2 id="profile-h" className="text-2xl font-bold mb-2">
          {t("session.profile")}
        </h2>
        <p className="text-muted mb-3">{t("session.masked")}</p>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr] text-lg">
          <dt className="font-semibold">{profileFieldDefs.idNumber.label[locale]}</dt>
          <dd>
            <bdi dir="ltr">{profile.idNumber ?? tp("notGiven")}</bdi>
          </dd>
          <dt className="font-semibold">{profileFieldDefs.mobile.label[locale]}</dt>
          <dd>
            <bdi dir="ltr">{profile.mobile ?? tp("notGiven")}</bdi>
          </dd>
          <dt className="font-semibold">{profileFieldDefs.address.label[locale]}</dt>
          <dd lang={langOfTyped(address ?? "")}>{address ?? tp("notGiven")}</dd>
          <dt className="font-semibold">{tp("household.title")}</dt>
          <dd>
            {profile.householdMembers.length ? (
              <ul>
                {profile.householdMembers.map((m) => (
                  <li key={m.idNumber}>
                    <bdi lang={langOfTyped(m.name)}>{m.name}</bdi> ·{" "}
                    {tp(`relations.${m.relation}`, { defaultValue: m.relation })}
                  </li>
                ))}
              </ul>
            ) : (
              tp("household.empty")
            )}
          </dd>
        </dl>
        <ClientStrings locale={locale} pick={["staff", "errors"]}>
          <RevealForm
            sessionId={sessionId}
            fields={(["idNumber", "mobile", "bankCard"] as const).map((f) => ({
              name: f,
              label: profileFieldDefs[f].label[locale],
            }))}
          />
        </ClientStrings>
      </section>

      <AssuranceSection locale={locale} grant={grant} />

      <WindowRatingSection locale={locale} grant={grant} notice={rating} />

      <WindowLayoutToggle
        locale={locale}
        current={windowLayoutOf((await cookies()).get(WINDOW_LAYOUT_COOKIE)?.value)}
        returnTo={prefix}
      />
      <form action={endSessionAction} className="mt-8">
        {hidden}
        <button type="submit" className={buttonClasses.secondary}>
          {t("session.end")}
        </button>
      </form>
    </>
  );
}
