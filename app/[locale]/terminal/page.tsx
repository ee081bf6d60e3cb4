import { pageLocale } from "@/lib/i18n/page-locale";
import { TerminalView } from "@/components/terminal/terminal-view";
import { titleFrom } from "@/components/layout/page-title";
import { isRegisteredTerminal } from "@/lib/terminal/current-terminal";

export const generateMetadata = titleFrom("window", "terminal.title");

export default async function TerminalPage({ params, searchParams }: PageProps<"/[locale]/terminal">) {
  const { reason } = await searchParams;
  return (
    <TerminalView
      locale={await pageLocale(params)}
      reason={reason === "idle" || reason === "finished" ? reason : undefined}
      registered={await isRegisteredTerminal()}
    />
  );
}
