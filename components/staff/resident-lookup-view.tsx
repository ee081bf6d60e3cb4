import Link from "next/link";
import { headers } from "next/headers";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { clientIp } from "@/lib/http/client-ip";
import { findResident, viewProfileAsStaff } from "@/lib/profile/staff-profile-access";
import { profileFieldDefs } from "@/lib/profile/profile-fields";
import { formatAnswer } from "@/lib/form-engine/format-answer";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { buttonClasses } from "@/components/ui/button-classes";
import { RevealForm } from "./reveal-form";

// Window clerk: find a resident by mobile or ID number and see their profile, masked; every view is audited and
// shows in the resident's own "my data" page.
export async function ResidentLookupView({ locale, query }: { locale: Locale; query: string }) {
  const staff = await requireRole(locale, ["clerk", "admin"], `/${locale}/clerk/residents`);
  const [t, tp] = await Promise.all([getT(locale, "staff"), getT(locale, "profile")]);
  const residentId = query ? await findResident(query) : null;
  const profile = residentId ? await viewProfileAsStaff({ id: staff.id, role: staff.role }, residentId, clientIp(await headers())) : null;
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("lookup.title")}</h1>
      <p className="text-lg mb-4">{t("lookup.intro")}</p>
      <form method="get" role="search" className="mb-6">
        <label htmlFor="lookup-q" className="block font-semibold text-lg">{t("lookup.label")}</label>
        <p id="lookup-q-hint" className="text-muted mb-1">{t("lookup.hint")}</p>
        <div className="flex flex-wrap gap-3">
          <input id="lookup-q" name="q" defaultValue={query} dir="ltr" inputMode="numeric" autoComplete="off" aria-describedby="lookup-q-hint" className="min-h-11 px-3 text-lg border-2 border-ink rounded-md max-w-full" />
          <button type="submit" className={buttonClasses.primary}>{t("lookup.submit")}</button>
        </div>
      </form>
      {query && !profile && <p role="status" className="text-lg">{t("lookup.notFound")}</p>}
      {profile && residentId && (
        <section aria-labelledby="resident-h">
          <h2 id="resident-h" className="text-2xl font-bold mb-2"><bdi lang={langOfTyped(profile.fullName)}>{profile.fullName}</bdi></h2>
          <p className="text-muted mb-3">{t("lookup.masked")}</p>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr] text-lg">
            <dt className="font-semibold">{profileFieldDefs.idNumber.label[locale]}</dt>
            <dd><bdi dir="ltr">{profile.idNumber ?? tp("notGiven")}</bdi></dd>
            <dt className="font-semibold">{profileFieldDefs.mobile.label[locale]}</dt>
            <dd><bdi dir="ltr">{profile.mobile ?? tp("notGiven")}</bdi></dd>
            <dt className="font-semibold">{profileFieldDefs.address.label[locale]}</dt>
            <dd lang={langOfTyped(formatAnswer(profileFieldDefs.address, profile.address, locale))}>{formatAnswer(profileFieldDefs.address, profile.address, locale) ?? tp("notGiven")}</dd>
            <dt className="font-semibold">{tp("household.title")}</dt>
            <dd>{profile.householdMembers.length ? profile.householdMembers.map((m) => `${m.name} (${tp(`relations.${m.relation}`, { defaultValue: m.relation })})`).join(t("common:listSeparator")) : tp("household.empty")}</dd>
          </dl>
          <RevealForm residentId={residentId} fields={(["idNumber", "mobile", "bankCard"] as const).map((f) => ({ name: f, label: profileFieldDefs[f].label[locale] }))} />
        </section>
      )}
      <p className="mt-8"><Link href={`/${locale}/clerk`} className="inline-flex min-h-11 items-center text-lg">{t("workspace.clerk")}</Link></p>
    </>
  );
}
