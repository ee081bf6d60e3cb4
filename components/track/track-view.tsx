import { cookies } from "next/headers";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import {
  getTrackedApplication,
  normaliseReference,
  openTrackOutcome,
  TRACK_COOKIE,
} from "@/lib/applications/read/track-application";
import { Alert } from "@/components/ui/alert";
import { TrackForm } from "./track-form";
import { TrackResult } from "./track-result";

// /track: public, no sign-in. The last lookup's outcome (from the signed cookie the form's action set) above the
// form, so that the answer is the first thing after the introduction. `prefill` is the receipt QR code's ?ref=.
export async function TrackView({ locale, prefill }: { locale: Locale; prefill: string }) {
  const t = await getT(locale, "tracking");
  const last = openTrackOutcome((await cookies()).get(TRACK_COOKIE)?.value);
  const outcome = last?.outcome;
  const found = outcome?.kind === "found" ? await getTrackedApplication(outcome.applicationId) : null;
  // An application undone into a draft since the lookup is "not found" like any other.
  const notFound = outcome?.kind === "notFound" || (outcome?.kind === "found" && !found);
  const reference = prefill ? normaliseReference(prefill) : (last?.reference ?? "");
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("track.title")}</h1>
      <p className="text-lg mb-6 max-w-3xl">{t("track.intro")}</p>
      {notFound && (
        <Alert tone="error" live>
          <p className="text-lg">{t("track.notFound")}</p>
        </Alert>
      )}
      {outcome?.kind === "invalid" && (
        <Alert tone="error" live>
          <p className="text-lg">{t("track.invalid")}</p>
        </Alert>
      )}
      {outcome?.kind === "limited" && (
        <Alert tone="error" live>
          <p className="text-lg">{t("track.limited", { minutes: outcome.minutes })}</p>
        </Alert>
      )}
      {found && <TrackResult locale={locale} app={found} />}
      <TrackForm locale={locale} reference={reference} />
    </>
  );
}
