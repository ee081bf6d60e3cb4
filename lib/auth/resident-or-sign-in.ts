// For a resident's own pages and actions: the signed-in resident, or off to the residents' sign-in page.
import "server-only";
import { redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { signInUrl } from "@/lib/http/paths";
import { getCurrentUser, type CurrentUser } from "./current-user";

export async function residentOrSignIn(locale: Locale, back?: string): Promise<CurrentUser & { role: "resident" }> {
  const user = await getCurrentUser();
  if (!user || user.role !== "resident") redirect(signInUrl(locale, "resident", back));
  return user as CurrentUser & { role: "resident" };
}
