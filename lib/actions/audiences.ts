// Who may call an action, per audience, and how that caller is found from the session (never from the form).
// Each resolver returns the caller or null; define-action.ts turns null into the audience's sign-in page.
import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { actingForAction, type Acting } from "@/lib/applications/acting";
import { clerkOf, windowGrantFor, type WindowGrant } from "@/lib/window/require-window-session";
import type { Clerk } from "@/lib/window/window-sessions";

export type Resident = CurrentUser & { role: "resident" };
export type Reviewer = { id: string; role: "reviewer"; departmentId: string | null };
export type Admin = { id: string; role: "admin" };

/** What each audience's handler receives besides the input. */
export type Callers = {
  /** Anyone, signed in or not (tracking, preferences). */
  public: { user: CurrentUser | null };
  /** A signed-in resident, for their own data. */
  resident: { user: Resident };
  /** Filling in an application: the resident online or at a kiosk, or a clerk in the consented window session the
   * form names (`session`). */
  applicant: { acting: Acting };
  /** A signed-in clerk, outside any session (search, register, open a session). */
  clerk: { clerk: Clerk; departmentId: string | null };
  /** A clerk inside the consented window session the form names. */
  window: { grant: WindowGrant; departmentId: string | null };
  /** A reviewer of a department. */
  reviewer: { reviewer: Reviewer };
  /** A system administrator (staff accounts, their authenticators). */
  admin: { admin: Admin };
};
export type Audience = keyof Callers;

/** Which sign-in page an audience is sent to when nobody (or the wrong role) is signed in: a form filled in at the
 * window names its session, and the clerk signs in on the staff page. */
export function signInAudience(audience: Audience, session: string | undefined): "resident" | "staff" {
  if (audience === "applicant") return session ? "staff" : "resident";
  return audience === "public" || audience === "resident" ? "resident" : "staff";
}

export async function resolveCaller<A extends Audience>(
  audience: A,
  locale: Locale,
  session: string | undefined,
): Promise<Callers[A] | null> {
  const found = await resolve(audience, locale, session);
  return found as Callers[A] | null;
}

async function resolve(audience: Audience, locale: Locale, session: string | undefined) {
  switch (audience) {
    case "public":
      return { user: await getCurrentUser() };
    case "resident": {
      const user = await getCurrentUser();
      return user?.role === "resident" ? { user: user as Resident } : null;
    }
    case "applicant": {
      const acting = await actingForAction(locale, session);
      return acting ? { acting } : null;
    }
    case "clerk": {
      const user = await getCurrentUser();
      const clerk = user ? clerkOf(user) : null;
      return user && clerk ? { clerk, departmentId: user.department?.id ?? null } : null;
    }
    case "window": {
      const user = await getCurrentUser();
      const grant = user && session ? await windowGrantFor(session) : null;
      return grant ? { grant, departmentId: user!.department?.id ?? null } : null;
    }
    case "reviewer": {
      const user = await getCurrentUser();
      return user?.role === "reviewer"
        ? { reviewer: { id: user.id, role: "reviewer" as const, departmentId: user.department?.id ?? null } }
        : null;
    }
    case "admin": {
      const user = await getCurrentUser();
      return user?.role === "admin" ? { admin: { id: user.id, role: "admin" as const } } : null;
    }
  }
}
