import { getRequestContext } from "@/lib/http/request-context";
import { StatusPage } from "@/components/layout/status-page";

export default async function Forbidden() {
  const { locale } = await getRequestContext();
  return <StatusPage locale={locale} kind="forbidden" />;
}
