import { pageLocale } from "@/lib/i18n/page-locale";
import { AccessibilityStatementView } from "@/components/a11y/accessibility-statement-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("a11y", "statement.title");

export default async function AccessibilityPage({ params }: PageProps<"/[locale]/accessibility">) {
  return <AccessibilityStatementView locale={await pageLocale(params)} />;
}
