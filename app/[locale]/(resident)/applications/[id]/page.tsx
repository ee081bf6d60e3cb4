import { pageLocale } from "@/lib/i18n/page-locale";
import { ApplicationProgressView } from "@/components/application/application-progress-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("tracking", "detail.title");

export default async function ApplicationProgressPage({ params }: PageProps<"/[locale]/applications/[id]">) {
  const { id } = await params;
  return <ApplicationProgressView locale={await pageLocale(params)} id={id} />;
}
