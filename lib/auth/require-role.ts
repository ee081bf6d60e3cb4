// Server-side gate for pages and actions: not signed in → the right sign-in page; wrong role → 403.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";
import { signInUrl } from "@/lib/http/paths";
import { getCurrentUser, type CurrentUser } from "./current-user";
import { staffRoles } from "./audiences";

export async function requireRole(locale: Locale, roles: readonly Role[], returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const staffArea = roles.every((r) => staffRoles.includes(r));
    redirect(signInUrl(locale, staffArea ? "staff" : "resident", returnTo));
  }
  if (!roles.includes(user.role)) forbidden();
  return user;
}

export { homeOf } from "./home-of";
