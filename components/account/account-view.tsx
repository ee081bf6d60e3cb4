import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { maskForKiosk } from "@/lib/profile/kiosk-mask";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { loadFieldSources, loadProfileSnapshot } from "@/lib/profile/load-profile";
import { maskIdNumber, maskMobile } from "@/lib/format/mask";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { buttonClasses } from "@/components/ui/button-classes";
import { ProfileFacts } from "@/components/profile/profile-facts";
import { meetsAssurance } from "@/lib/accounts/assurance";

// The resident's own page: their profile with where each fact came from, their household, and links onward.
// Shows only their own data, ID numbers and phones masked by default.
export async function AccountView({ locale, saved }: { locale: Locale; saved?: string }) {
  const user = await requireRole(locale, ["resident"], `/${locale}/account`);
  const [t, tp, ta, profile, sources] = await Promise.all([
    getT(locale),
    getT(locale, "profile"),
    getT(locale, "account"),
    loadProfileSnapshot(user.id),
    loadFieldSources(user.id),
  ]);
  // On Uyghur pages the name in Uyghur script: the profile's (the resident can edit it), else the account's.
  const nameUg = profile.fullNameUg || user.nameUg;
  // An account registered by phone has no name until real-name verification: its masked number stands in.
  const name = (locale === "ug" && nameUg ? nameUg : user.nameZh) || (user.mobile ? maskMobile(user.mobile) : "");
  return (
    <>
      <h1 className="text-3xl font-bold mb-2">{t("account.title")}</h1>
      <p className="text-xl mb-6">
        <bdi lang={langOfTyped(name)}>{name}</bdi>
      </p>
      {saved && (
        <div role="status" className="border-s-4 border-ok bg-ok-bg p-4 mb-6 rounded-e-md text-lg">
          {saved === "verified" ? ta("verify.done") : saved === "password" ? ta("password.saved") : tp("saved")}
        </div>
      )}
      {!meetsAssurance(user.assurance, "registry") && (
        <div className="border-s-4 border-brand-700 bg-brand-50 p-4 mb-6 rounded-e-md text-lg">
          <p className="mb-2">{ta("security.level", { level: ta(`assurance.${user.assurance}`) })}</p>
          <Link href={`/${locale}/account/verify`} className={buttonClasses.secondary}>
            {ta("security.verifyNow")}
          </Link>
        </div>
      )}
      <nav aria-label={t("account.title")} className="flex flex-wrap gap-3 mb-8">
        <Link href={`/${locale}/applications`} className={buttonClasses.secondary}>
          {t("nav.applications")}
        </Link>
        <Link href={`/${locale}/account/edit`} className={buttonClasses.secondary}>
          {tp("edit")}
        </Link>
        <Link href={`/${locale}/account/data`} className={buttonClasses.secondary}>
          {tp("data.title")}
        </Link>
        <Link href={`/${locale}/account/security`} className={buttonClasses.secondary}>
          {ta("security.title")}
        </Link>
      </nav>
      <section aria-labelledby="profile-h" className="mb-8">
        <h2 id="profile-h" className="text-2xl font-bold mb-2">
          {tp("title")}
        </h2>
        <p className="text-lg mb-4">{tp("intro")}</p>
        {/* At a hall kiosk every identifier is masked: a public screen (lib/profile/kiosk-mask.ts). */}
        <ProfileFacts
          locale={locale}
          profile={user.channel === "terminal" ? maskForKiosk(profile) : profile}
          sources={sources}
        />
      </section>
      <section aria-labelledby="household-h">
        <h2 id="household-h" className="text-2xl font-bold mb-2">
          {tp("household.title")}
        </h2>
        <p className="text-lg mb-4">{tp("household.intro")}</p>
        {profile.householdMembers?.length ? (
          <ul className="space-y-2 text-lg">
            {profile.householdMembers.map((m) => (
              <li key={m.idNumber} className="border-s-4 border-brand-700 ps-4">
                <bdi lang={langOfTyped(m.name)}>{m.name}</bdi> ·{" "}
                {tp(`relations.${m.relation}`, { defaultValue: m.relation })} ·{" "}
                <bdi dir="ltr">{maskIdNumber(m.idNumber)}</bdi>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-lg text-muted">{tp("household.empty")}</p>
        )}
      </section>
    </>
  );
}
