import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/page-locale";
import { StepView } from "@/components/form-engine/step-view";
import { getService } from "@/lib/services";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata({ params }: PageProps<"/[locale]/services/[slug]/apply/[step]">): Promise<Metadata> {
  const { locale, slug, step } = await params;
  const s = getService(slug)?.steps.find((x) => x.id === step);
  return { title: s && isLocale(locale) ? s.title[locale] : undefined };
}

export default async function StepPage({ params, searchParams }: PageProps<"/[locale]/services/[slug]/apply/[step]">) {
  const { slug, step } = await params;
  const { change } = await searchParams;
  return <StepView locale={await pageLocale(params)} slug={slug} stepId={step} change={change === "1"} />;
}
