import { pageLocale } from "@/lib/i18n/page-locale";
import { WindowSessionView } from "@/components/window/window-session-view";
import { titleFrom } from "@/components/layout/page-title";
import { assuranceNoticeOf } from "@/components/window/assurance-section";
import { ratingNoticeOf } from "@/components/window/window-rating-section";

export const generateMetadata = titleFrom("window", "session.pageTitle");

export default async function WindowSessionPage({ params, searchParams }: PageProps<"/[locale]/clerk/sessions/[sid]">) {
  const { sid } = await params;
  const { handedOver, error, assurance, cursor, rating } = await searchParams;
  const notice = handedOver === "1" ? "handedOver" : error === "handOver" ? "handOverError" : undefined;
  return (
    <WindowSessionView
      locale={await pageLocale(params)}
      sessionId={sid}
      notice={notice}
      assurance={assuranceNoticeOf(assurance)}
      cursor={typeof cursor === "string" ? cursor : undefined}
      rating={ratingNoticeOf(rating)}
    />
  );
}
