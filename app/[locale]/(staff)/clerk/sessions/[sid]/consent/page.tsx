import { pageLocale } from "@/lib/i18n/page-locale";
import { WindowConsentView } from "@/components/window/window-consent-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("window", "consent.title");

const errors = new Set([
  "wrong",
  "expired",
  "used",
  "tooManyAttempts",
  "malformed",
  "closed",
  "noPhone",
  "wait",
  "notSigned",
  "signatureRef",
  "idCard",
  "scan",
]);

export default async function WindowConsentPage({
  params,
  searchParams,
}: PageProps<"/[locale]/clerk/sessions/[sid]/consent">) {
  const { sid } = await params;
  const { sent, error } = await searchParams;
  return (
    <WindowConsentView
      locale={await pageLocale(params)}
      sessionId={sid}
      sent={sent === "1"}
      error={typeof error === "string" && errors.has(error) ? error : undefined}
    />
  );
}
