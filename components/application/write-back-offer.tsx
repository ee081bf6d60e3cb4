import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { formatAnswer } from "@/lib/form-engine/format-answer";
import { profileFieldDefs } from "@/lib/profile/profile-fields";
import type { MemberOffer, WriteBackOffer } from "@/lib/profile/write-back";
import { writeBackAction } from "@/lib/profile/actions/write-back-action";
import { maskIdNumber } from "@/lib/format/mask";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { buttonClasses } from "@/components/ui/button-classes";

// "Update my profile with these?" — offered per field after submitting, never written silently.
export async function WriteBackOffer({
  locale,
  applicationId,
  fields,
  members,
}: {
  locale: Locale;
  applicationId: string;
  fields: WriteBackOffer[];
  members: MemberOffer[];
}) {
  if (!fields.length && !members.length) return null;
  const t = await getT(locale, "profile");
  return (
    <section aria-labelledby="write-back" className="border-2 border-brand-700 rounded-lg p-5 my-6 print:hidden">
      <h2 id="write-back" className="text-2xl font-bold mb-2">
        {t("writeBack.title")}
      </h2>
      <p className="text-lg mb-4">{t("writeBack.intro")}</p>
      <form action={writeBackAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="applicationId" value={applicationId} />
        <fieldset className="mb-4">
          <legend className="sr-only">{t("writeBack.title")}</legend>
          {fields.map((o) => {
            const def = profileFieldDefs[o.field];
            const shown = formatAnswer(def, o.value, locale, { maskIds: true }) ?? "";
            return (
              <label key={o.field} className="flex items-start gap-3 min-h-11 py-2 text-lg cursor-pointer">
                <input type="checkbox" name="field" value={o.field} className="size-6 mt-1 shrink-0 accent-brand-700" />
                <span>
                  <strong>{def.label[locale]}</strong>: <bdi lang={langOfTyped(shown)}>{shown}</bdi>
                </span>
              </label>
            );
          })}
          {members.map((m) => (
            <label key={m.idNumber} className="flex items-start gap-3 min-h-11 py-2 text-lg cursor-pointer">
              <input
                type="checkbox"
                name="member"
                value={m.idNumber}
                className="size-6 mt-1 shrink-0 accent-brand-700"
              />
              <span>
                {t("writeBack.addMember")}: <bdi lang={langOfTyped(m.name)}>{m.name}</bdi> (
                {t(`relations.${m.relation}`, { defaultValue: m.relation })},{" "}
                <bdi dir="ltr">{maskIdNumber(m.idNumber)}</bdi>)
              </span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className={buttonClasses.primary}>
          {t("writeBack.submit")}
        </button>
      </form>
    </section>
  );
}
