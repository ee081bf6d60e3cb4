// For the window's actions: the signed-in clerk (with their department), or off to the staff sign-in page and back
// to the workspace.
import "server-only";
import { redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { signInUrl } from "@/lib/http/paths";
import { clerkOf } from "./require-window-session";
import type { Clerk } from "./window-sessions";

export async function clerkOrSignIn(locale: Locale): Promise<{ clerk: Clerk; departmentId: string | null }> {
  const user = await getCurrentUser();
  const clerk = user ? clerkOf(user) : null;
  if (!user || !clerk) redirect(signInUrl(locale, "staff", `/${locale}/clerk`));
  return { clerk, departmentId: user.department?.id ?? null };
}
