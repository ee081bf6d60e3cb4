import { getRequestContext } from "@/lib/http/request-context";
import { StatusPage } from "@/components/layout/status-page";

export default async function NotFound() {
  const { locale } = await getRequestContext();
  return <StatusPage locale={locale} kind="notFound" />;
}
