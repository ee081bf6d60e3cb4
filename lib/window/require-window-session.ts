// The gate of every window page and action: a signed-in clerk, their own session, consented, still open. Profile
// reads at the window take the WindowGrant this returns, so no code path can read a profile without consent.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { requireRole } from "@/lib/auth/require-role";
import { windowAccess, type WindowAccess } from "./window-session-rule";
import type { Clerk } from "./window-sessions";

declare const granted: unique symbol;
/** Proof that the resident consented to this clerk using their profile in this session. */
export type WindowGrant = {
  readonly [granted]: true;
  sessionId: string;
  residentId: string;
  windowNo: string;
  clerk: Clerk;
  clerkName: { zh: string; ug: string };
};

export function clerkOf(user: CurrentUser): Clerk | null {
  if (user.role !== "clerk" || !user.staffId) return null;
  return { id: user.id, role: "clerk", windowNo: user.windowNo ?? "1", staffId: user.staffId };
}

type Checked = {
  access: WindowAccess;
  session: { id: string; residentId: string; windowNo: string } | null;
  clerk: Clerk;
  user: CurrentUser;
};

async function check(user: CurrentUser, sessionId: string): Promise<Checked | null> {
  const clerk = clerkOf(user);
  if (!clerk) return null;
  const session = await db.windowSession.findUnique({ where: { id: sessionId } });
  return { access: windowAccess(session, clerk.id, new Date()), session, clerk, user };
}

function toGrant(c: Checked): WindowGrant {
  const s = c.session!;
  return {
    sessionId: s.id,
    residentId: s.residentId,
    windowNo: s.windowNo,
    clerk: c.clerk,
    clerkName: { zh: c.user.nameZh, ug: c.user.nameUg ?? c.user.nameZh },
  } as WindowGrant;
}

/** For pages: another clerk's session is "not found"; one awaiting consent goes to the consent page. */
export async function requireWindowSession(locale: Locale, sessionId: string, returnTo: string): Promise<WindowGrant> {
  const user = await requireRole(locale, ["clerk"], returnTo);
  const c = await check(user, sessionId);
  if (!c || c.access === "none") notFound();
  if (c.access === "awaitingConsent") redirect(`/${locale}/clerk/sessions/${sessionId}/consent`);
  if (c.access === "closed") redirect(`/${locale}/clerk?ended=1`);
  return toGrant(c);
}

/** For the consent page itself: the session must be this clerk's and still open; consent not yet needed. */
export async function requireOpenWindowSession(locale: Locale, sessionId: string, returnTo: string) {
  const user = await requireRole(locale, ["clerk"], returnTo);
  const c = await check(user, sessionId);
  if (!c || c.access === "none") notFound();
  if (c.access === "closed") redirect(`/${locale}/clerk?ended=1`);
  if (c.access === "consented") redirect(`/${locale}/clerk/sessions/${sessionId}`);
  return { clerk: c.clerk, session: c.session! };
}

/** For server actions and API routes: null unless the same conditions hold (callers answer "not found"). */
export async function windowGrantFor(sessionId: unknown): Promise<WindowGrant | null> {
  if (typeof sessionId !== "string" || !sessionId) return null;
  const user = await getCurrentUser();
  if (!user) return null;
  const c = await check(user, sessionId);
  return c && c.access === "consented" ? toGrant(c) : null;
}
