// Use case: 现场核验 — the clerk has seen the resident's original ID card at the window and raises their account to
// "verified in person", the level the means-tested items need before the resident may apply online. Only for the
// resident of the clerk's own consented, open window session: the grant proved it when the request began, and the
// session is read again inside the transaction, so a session ended meanwhile raises nothing. A level is never
// lowered (the update only matches a lower one), and the raise and its audit row commit together.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assuranceLevels, meetsAssurance } from "@/lib/accounts/assurance";
import type { WindowGrant } from "./require-window-session";
import { windowAccess } from "./window-session-rule";

export type VerifyInPersonResult =
  | { ok: true; raised: boolean }
  /** idCardSeen: the clerk did not confirm seeing the card; closed: no open window session for this resident. */
  | { ok: false; reason: "idCardSeen" | "closed" };

/** The levels an in-person check raises (it never touches a level at or above it). */
const below = assuranceLevels.filter((l) => !meetsAssurance(l, "in_person"));

export async function verifyInPerson(
  grant: Pick<WindowGrant, "sessionId" | "residentId" | "clerk">,
  input: { idCardSeen: boolean },
  ip?: string | null,
): Promise<VerifyInPersonResult> {
  if (!input.idCardSeen) return { ok: false, reason: "idCardSeen" };
  return db.$transaction(async (tx) => {
    const session = await tx.windowSession.findUnique({ where: { id: grant.sessionId } });
    const open =
      session?.residentId === grant.residentId && windowAccess(session, grant.clerk.id, new Date()) === "consented";
    if (!open) return { ok: false as const, reason: "closed" as const };
    const before = await tx.user.findFirst({
      where: { id: grant.residentId, role: "resident" },
      select: { assurance: true },
    });
    if (!before) return { ok: false as const, reason: "closed" as const };
    // Compare-and-set: of two clicks (or two clerks) only one raises and writes the audit row.
    const raised = await tx.user.updateMany({
      where: { id: grant.residentId, assurance: { in: below } },
      data: { assurance: "in_person" },
    });
    if (raised.count === 0) return { ok: true as const, raised: false };
    await recordAudit(
      {
        action: "window.verified_in_person",
        payload: { windowNo: session.windowNo, from: before.assurance },
        actor: grant.clerk,
        subject: { type: "profile", id: grant.residentId },
        onBehalfOf: grant.residentId,
        ip,
      },
      tx,
    );
    return { ok: true as const, raised: true };
  });
}
