import { pageLocale } from "@/lib/i18n/page-locale";
import { TerminalEnrolView } from "@/components/terminal/terminal-enrol-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("window", "terminal.enrol.title");

export default async function TerminalEnrolPage({ params }: PageProps<"/[locale]/terminal/enrol">) {
  return <TerminalEnrolView locale={await pageLocale(params)} />;
}
