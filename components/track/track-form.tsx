import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { trackAction } from "@/lib/applications/actions/track-action";

// A plain form posting to a server action: it works without JavaScript, and the ID part travels only in the body.
// Both inputs are Latin letters and digits: left to right inside the Uyghur page, and never autofilled.
export async function TrackForm({ locale, reference }: { locale: Locale; reference: string }) {
  const t = await getT(locale, "tracking");
  return (
    <form action={trackAction} className="max-w-xl sm:border-2 sm:border-line sm:rounded-lg sm:p-6">
      <TextField
        id="track-reference"
        name="reference"
        label={t("track.reference")}
        hint={t("track.referenceHint")}
        defaultValue={reference}
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={40}
        required
      />
      <TextField
        id="track-id-tail"
        name="idTail"
        label={t("track.idTail")}
        hint={t("track.idTailHint")}
        dir="ltr"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={6}
        size={8}
        required
      />
      <button type="submit" className={`${buttonClasses.primary} text-lg`}>
        {t("track.submit")}
      </button>
    </form>
  );
}
