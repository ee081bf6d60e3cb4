import { pageLocale } from "@/lib/i18n/page-locale";
import { TrackView } from "@/components/track/track-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("tracking", "track.title");

// Public progress tracking (no sign-in). The receipt's QR code links here with ?ref=<reference> to prefill it.
export default async function TrackPage({ params, searchParams }: PageProps<"/[locale]/track">) {
  const { ref } = await searchParams;
  return <TrackView locale={await pageLocale(params)} prefill={typeof ref === "string" ? ref.slice(0, 40) : ""} />;
}
