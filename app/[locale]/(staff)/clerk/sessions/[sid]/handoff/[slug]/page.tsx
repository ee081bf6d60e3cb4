import { pageLocale } from "@/lib/i18n/page-locale";
import { HandoffSlipView } from "@/components/window/handoff-slip-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("window", "handoff.title");

export default async function HandoffSlipPage({ params }: PageProps<"/[locale]/clerk/sessions/[sid]/handoff/[slug]">) {
  const { sid, slug } = await params;
  return <HandoffSlipView locale={await pageLocale(params)} sessionId={sid} slug={slug} />;
}
