import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { loadFieldSources } from "@/lib/profile/load-profile";
import type { ProfileSnapshot } from "@/lib/profile/profile-snapshot";
import { profileFieldDefs, profileFieldNames, type ProfileFieldName } from "@/lib/profile/profile-fields";
import { formatAnswer } from "@/lib/form-engine/format-answer";
import { maskIdNumber, maskMobile } from "@/lib/format/mask";
import { langOfTyped } from "@/lib/i18n/text-lang";

const LTR: readonly ProfileFieldName[] = ["idNumber", "mobile", "bankCard"];

// Every profile field with its value (identifiers masked) and where it came from: the account page and "my data"
// show the same list.
export async function ProfileFacts({
  locale,
  profile,
  sources,
}: {
  locale: Locale;
  profile: ProfileSnapshot;
  sources: Awaited<ReturnType<typeof loadFieldSources>>;
}) {
  const tp = await getT(locale, "profile");
  const shown = (field: ProfileFieldName) => {
    const v = profile[field];
    if (v === undefined || v === null || v === "") return null;
    if (field === "idNumber") return maskIdNumber(String(v));
    if (field === "mobile") return maskMobile(String(v));
    return formatAnswer(profileFieldDefs[field], v, locale);
  };
  const provenance = (field: string) => {
    const s = sources[field];
    if (!s) return field === "fullName" || field === "mobile" ? tp("provenance.account") : null;
    return `${tp(`provenance.${s.source}`)} · ${s.verified ? tp("provenance.verified") : tp("provenance.selfDeclared")}`;
  };
  // The Uyghur-script name is Uyghur whatever the page's language (screen readers switch voice, text runs RTL).
  const script = (field: ProfileFieldName, value: string) =>
    field === "fullNameUg"
      ? { lang: "ug", dir: "rtl" as const }
      : { lang: langOfTyped(value), dir: LTR.includes(field) ? ("ltr" as const) : undefined };
  return (
    <dl className="border-t-2 border-line">
      {profileFieldNames.map((f) => {
        const value = shown(f);
        const from = value ? provenance(f) : null;
        return (
          <div
            key={f}
            className="grid gap-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] py-3 border-b-2 border-line text-lg"
          >
            <dt className="font-semibold">{profileFieldDefs[f].label[locale]}</dt>
            <dd className="min-w-0 break-words">
              {value ? <bdi {...script(f, value)}>{value}</bdi> : <span className="text-muted">{tp("notGiven")}</span>}
              {from && (
                <span className="block text-muted">
                  {tp("source")}: {from}
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
