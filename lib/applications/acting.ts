// Who is filling in an application, for whom, through which channel: the one parameter that lets the online
// portal, the service window and the self-service terminal share the same service definitions, form engine and
// profile ("the channel is a parameter, not a second application").
import "server-only";
import type { Role } from "@/lib/db/generated/enums";
import type { Channel } from "@/lib/form-engine/types";
import type { Locale } from "@/lib/i18n/config";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requireRole } from "@/lib/auth/require-role";
import { channelPrefix } from "./paths";
import { requireWindowSession, windowGrantFor, type WindowGrant } from "@/lib/window/require-window-session";

export type Acting = {
  /** The resident the application belongs to (whose profile prefills it). */
  applicantId: string;
  /** Who is typing: the resident, or the clerk acting for them. */
  actor: { id: string; role: Role };
  channel: Channel;
  /** Set at the window: the consented session the clerk works in. */
  window?: WindowGrant;
  /** URL prefix of the forms and receipts for this channel: "/zh" or "/zh/clerk/sessions/<id>". */
  prefix: string;
};

/** A resident on their own device (online) or at a hall kiosk (terminal, from the sign-in). */
export async function actingAsResident(locale: Locale, returnTo: string): Promise<Acting> {
  const user = await requireRole(locale, ["resident"], returnTo);
  return {
    applicantId: user.id,
    actor: { id: user.id, role: "resident" },
    channel: user.channel,
    prefix: channelPrefix(locale),
  };
}

export async function actingAtWindow(locale: Locale, sessionId: string, returnTo: string): Promise<Acting> {
  return atWindow(locale, await requireWindowSession(locale, sessionId, returnTo));
}

function atWindow(locale: Locale, grant: WindowGrant): Acting {
  return {
    applicantId: grant.residentId,
    actor: { id: grant.clerk.id, role: "clerk" },
    channel: "window",
    window: grant,
    prefix: channelPrefix(locale, grant.sessionId),
  };
}

/** For server actions: the window session named in the request, else the signed-in resident; null if neither. */
export async function actingForAction(locale: Locale, windowSessionId?: unknown): Promise<Acting | null> {
  if (windowSessionId) {
    const grant = await windowGrantFor(windowSessionId);
    return grant ? atWindow(locale, grant) : null;
  }
  const user = await getCurrentUser();
  if (!user || user.role !== "resident") return null;
  return {
    applicantId: user.id,
    actor: { id: user.id, role: "resident" },
    channel: user.channel,
    prefix: channelPrefix(locale),
  };
}
