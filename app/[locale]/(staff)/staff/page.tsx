import { redirect } from "next/navigation";
import { pageLocale } from "@/lib/i18n/page-locale";
import { homeOf, requireRole } from "@/lib/auth/require-role";
import { staffRoles } from "@/lib/auth/audiences";

// /staff sends each staff member to their own workspace.
export default async function StaffEntryPage({ params }: PageProps<"/[locale]/staff">) {
  const locale = await pageLocale(params);
  const user = await requireRole(locale, staffRoles, `/${locale}/staff`);
  redirect(homeOf(user.role, locale));
}
