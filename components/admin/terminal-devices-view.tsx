import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { listTerminalDevices } from "@/lib/terminal/manage-terminal-devices";
import { revokeTerminalAction } from "@/lib/terminal/actions/terminal-device-actions";
import { buttonClasses } from "@/components/ui/button-classes";
import { isolate } from "@/lib/i18n/bidi";
import { IssueTerminalForm } from "./issue-terminal-form";
import { ClientStrings } from "@/components/i18n/client-strings";

// The admin's list of hall kiosks: issue a key for a new one, revoke one that is lost or replaced.
export async function TerminalDevicesView({ locale }: { locale: Locale }) {
  const admin = await requireRole(locale, ["admin"], `/${locale}/admin/terminals`);
  const t = await getT(locale, "staff");
  const devices = await listTerminalDevices(admin);
  const date = (d: Date | null) =>
    d
      ? new Intl.DateTimeFormat(locale === "ug" ? "ug-CN" : "zh-CN", {
          dateStyle: "medium",
          timeStyle: "short",
          timeZone: "Asia/Shanghai",
        }).format(d)
      : t("terminals.never");
  return (
    <>
      <h1 className="text-3xl font-bold mb-4">{t("terminals.title")}</h1>
      <p className="text-lg mb-6 max-w-3xl">{t("terminals.intro")}</p>
      <ClientStrings locale={locale} pick={["staff", "errors", "validation"]}>
        <IssueTerminalForm locale={locale} />
      </ClientStrings>
      <h2 className="text-2xl font-bold mb-3">{t("terminals.list")}</h2>
      {devices.length === 0 ? (
        <p className="text-lg">{t("terminals.none")}</p>
      ) : (
        <table className="text-lg w-full text-start">
          <thead>
            <tr>
              <th className="text-start pe-4">{t("terminals.name")}</th>
              <th className="text-start pe-4">{t("terminals.issuedAt")}</th>
              <th className="text-start pe-4">{t("terminals.lastUsed")}</th>
              <th className="text-start">{t("terminals.state")}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id}>
                <td className="pe-4">{d.name}</td>
                <td className="pe-4">{date(d.createdAt)}</td>
                <td className="pe-4">{date(d.lastUsedAt)}</td>
                <td>
                  {d.revokedAt ? (
                    t("terminals.revokedOn", { date: isolate(date(d.revokedAt)) })
                  ) : (
                    <form action={revokeTerminalAction}>
                      <input type="hidden" name="locale" value={locale} />
                      <input type="hidden" name="id" value={d.id} />
                      <button type="submit" className={buttonClasses.secondary}>
                        {t("terminals.revoke", { name: d.name })}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
