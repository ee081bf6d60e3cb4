import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { Alert } from "@/components/ui/alert";
import { dashboardPath } from "@/components/dashboard/dashboard-path";

type StaffRole = "clerk" | "reviewer" | "admin";
const pathOf: Record<StaffRole, string> = { clerk: "clerk", reviewer: "review", admin: "admin" };

// Landing page of a staff workspace. Only the named role may see it (admins may see every workspace).
export async function StaffWorkspaceView({ locale, role }: { locale: Locale; role: StaffRole }) {
  const user = await requireRole(locale, role === "admin" ? ["admin"] : [role, "admin"], `/${locale}/${pathOf[role]}`);
  const [t, tw, te, td] = await Promise.all([
    getT(locale, "staff"),
    getT(locale, "window"),
    getT(locale, "evaluation"),
    getT(locale, "dashboard"),
  ]);
  const name = locale === "ug" && user.nameUg ? user.nameUg : user.nameZh;
  const department = user.department ? (locale === "ug" ? user.department.nameUg : user.department.nameZh) : null;
  return (
    <>
      <h1 className="text-3xl font-bold mb-4">{t(`workspace.${role}`)}</h1>
      <p className="text-xl mb-2">{t("workspace.intro", { name })}</p>
      <dl className="text-lg mb-4">
        <div>
          <dt className="inline font-semibold">{t("workspace.roleLabel")}</dt>
          <dd className="inline">{t(`roles.${user.role}`)}</dd>
        </div>
        {department && (
          <div>
            <dt className="inline font-semibold">{t("workspace.departmentLabel")}</dt>
            <dd className="inline">{department}</dd>
          </div>
        )}
      </dl>
      <Alert tone="info">
        <p className="text-lg">{t("workspace.idleNotice")}</p>
      </Alert>
      {role === "admin" && (
        <ul className="text-lg mt-4 space-y-2">
          <li>
            <Link href={dashboardPath(locale, "admin")} className="underline">
              {td("link")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/admin/needs-action`} className="underline">
              {t("needsAction.link")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/admin/rectification`} className="underline">
              {te("admin.title")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/admin/audit`} className="underline">
              {t("audit.title")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/admin/authenticators`} className="underline">
              {t("authenticators.title")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/admin/terminals`} className="underline">
              {t("terminals.title")}
            </Link>
          </li>
          <li>
            <Link href={`/${locale}/staff/field-kinds`} className="underline">
              {t("fieldKinds.title")}
            </Link>
          </li>
        </ul>
      )}
      {role === "admin" && (
        <p className="text-lg mt-4">
          <Link href={`/${locale}/admin/window-consents`} className="underline">
            {tw("supervision.link")}
          </Link>
        </p>
      )}
    </>
  );
}
