import { pageLocale } from "@/lib/i18n/page-locale";
import { TerminalDevicesView } from "@/components/admin/terminal-devices-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("staff", "terminals.title");

export default async function TerminalDevicesPage({ params }: PageProps<"/[locale]/admin/terminals">) {
  return <TerminalDevicesView locale={await pageLocale(params)} />;
}
