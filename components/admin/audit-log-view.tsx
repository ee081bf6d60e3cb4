import Link from "next/link";
import { headers } from "next/headers";
import { ZodError } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { requireRole } from "@/lib/auth/require-role";
import { clientIp } from "@/lib/http/client-ip";
import { formatDateTime } from "@/lib/format/dates";
import { auditPayloads } from "@/lib/audit/audit-actions";
import { searchAuditLog, type AuditSearchFilters } from "@/lib/audit/search-audit-log";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";

export type AuditQuery = Partial<Record<"action" | "actorId" | "subject" | "from" | "to" | "after", string>>;

const actions = Object.keys(auditPayloads).sort();

function queryString(filters: AuditSearchFilters, after: string): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  q.set("after", after);
  return q.toString();
}

// The admin's audit log page: a GET form (the filters stay in the address, so a search can be shared and paged) and
// one page of results as a table. Everything it shows comes masked from lib/audit/search-audit-log.ts.
export async function AuditLogView({ locale, query }: { locale: Locale; query: AuditQuery }) {
  const user = await requireRole(locale, ["admin"], `/${locale}/admin/audit`);
  const t = await getT(locale, "staff");
  const { after, ...raw } = query;
  const filters = Object.fromEntries(Object.entries(raw).filter(([, v]) => v && v.trim()));
  let result: Awaited<ReturnType<typeof searchAuditLog>> | null = null;
  let invalid = false;
  try {
    result = await searchAuditLog(user, { filters, after, ip: clientIp(await headers()) });
  } catch (e) {
    if (!(e instanceof ZodError)) throw e;
    invalid = true;
  }
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("audit.title")}</h1>
      <p className="text-lg mb-4">{t("audit.intro")}</p>
      <form method="get" action={`/${locale}/admin/audit`} className="mb-6" aria-labelledby="audit-filters-h">
        <h2 id="audit-filters-h" className="text-2xl font-bold mb-3">
          {t("audit.filters")}
        </h2>
        <div className="mb-5">
          <label htmlFor="audit-action" className="block font-semibold text-lg mb-1">
            {t("audit.action")}
          </label>
          <select
            id="audit-action"
            name="action"
            defaultValue={raw.action ?? ""}
            dir="ltr"
            className="block w-full max-w-md min-h-11 px-3 py-2 text-lg border-2 border-ink rounded-md bg-white"
          >
            <option value="">{t("audit.anyAction")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <TextField id="audit-actor" name="actorId" label={t("audit.actor")} defaultValue={raw.actorId} dir="ltr" />
        <TextField
          id="audit-subject"
          name="subject"
          label={t("audit.subject")}
          hint={t("audit.subjectHint")}
          defaultValue={raw.subject}
          dir="ltr"
        />
        <TextField id="audit-from" name="from" type="date" label={t("audit.from")} defaultValue={raw.from} />
        <TextField id="audit-to" name="to" type="date" label={t("audit.to")} defaultValue={raw.to} />
        <button type="submit" className={buttonClasses.primary}>
          {t("audit.search")}
        </button>
      </form>
      {invalid && (
        <Alert tone="error" live>
          <p className="text-lg">{t("audit.invalid")}</p>
        </Alert>
      )}
      {result && result.lines.length === 0 && (
        <Alert tone="info" live>
          <p className="text-lg">{t("audit.none")}</p>
        </Alert>
      )}
      {result && result.lines.length > 0 && (
        // A table wider than the screen scrolls sideways: the region takes the focus so a keyboard can scroll it.
        <div className="overflow-x-auto mb-4" tabIndex={0} role="region" aria-label={t("audit.caption")}>
          <table className="w-full text-start border-collapse">
            <caption className="text-start text-lg font-semibold mb-2">{t("audit.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                {(["at", "action", "actor", "subject", "onBehalfOf", "ip", "details"] as const).map((c) => (
                  <th key={c} scope="col" className="text-start p-2">
                    {t(`audit.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.lines.map((l) => (
                <tr key={l.id} className="border-b border-line align-top">
                  <td className="p-2">{formatDateTime(l.at, locale)}</td>
                  <td className="p-2" dir="ltr">
                    {l.action}
                  </td>
                  <td className="p-2">
                    {l.actorRole ? t(`roles.${l.actorRole}`) : t("audit.system")}
                    {l.actorId && <> {isolate(l.actorId)}</>}
                  </td>
                  <td className="p-2" dir="ltr">
                    {l.subject ?? ""}
                  </td>
                  <td className="p-2" dir="ltr">
                    {l.onBehalfOf ?? ""}
                  </td>
                  <td className="p-2" dir="ltr">
                    {l.ip ?? ""}
                  </td>
                  <td className="p-2" dir="ltr">
                    {l.details.map(([k, v]) => `${k}: ${v}`).join("; ")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result?.next && (
        <p className="mb-4">
          <Link
            href={`/${locale}/admin/audit?${queryString(result.filters, result.next)}`}
            className="inline-flex min-h-11 items-center text-lg underline"
          >
            {t("audit.older")}
          </Link>
        </p>
      )}
      <p>
        <Link href={`/${locale}/admin`} className="inline-flex min-h-11 items-center text-lg">
          {t("audit.back")}
        </Link>
      </p>
    </>
  );
}
