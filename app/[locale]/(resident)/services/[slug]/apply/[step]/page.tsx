import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/page-locale";
import { StepView } from "@/components/form-engine/step-view";
import { getService } from "@/lib/services";
import { isLocale } from "@/lib/i18n/config";
import { actingAsResident } from "@/lib/applications/acting";

export async function generateMetadata({
  params,
}: PageProps<"/[locale]/services/[slug]/apply/[step]">): Promise<Metadata> {
  const { locale, slug, step } = await params;
  const s = getService(slug)?.steps.find((x) => x.id === step);
  return { title: s && isLocale(locale) ? s.title[locale] : undefined };
}

export default async function StepPage({ params, searchParams }: PageProps<"/[locale]/services/[slug]/apply/[step]">) {
  const { slug, step } = await params;
  const { change } = await searchParams;
  const locale = await pageLocale(params);
  const acting = await actingAsResident(locale, `/${locale}/services/${slug}/apply/${step}`);
  return <StepView locale={locale} slug={slug} stepId={step} change={change === "1"} acting={acting} />;
}
