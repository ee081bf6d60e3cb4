import { UnavailableView } from "@/components/layout/unavailable-view";
import { getRequestContext } from "@/lib/http/request-context";
import { currentRequestId } from "@/lib/log/request-log";

// Where proxy.ts rewrites page requests (with status 503) while the database is down.
export default async function Unavailable() {
  const { locale, pathname, search } = await getRequestContext();
  const back = pathname.endsWith("/unavailable") ? `/${locale}` : pathname + search;
  return <UnavailableView locale={locale} back={back} requestId={await currentRequestId()} />;
}
