// Use case: register at the window a resident the portal does not know yet. What the clerk checked against the
// original ID card is stored as verified, with the clerk as its source; the resident signs the paper consent form,
// so the new window session is consented at once (signature method). All of it is one transaction.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { saveProfileFields } from "@/lib/profile/save-profile-fields";
import { fieldSchema } from "@/lib/form-engine/field-kinds/field-schema";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { profileFieldDefs } from "@/lib/profile/profile-fields";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { grantIn, openWindowSession, type Clerk } from "./window-sessions";
import { profileWithIdNumber } from "@/lib/profile/sealed-fields";
import { readScan, storeSignedFormScan, type Scan } from "./signed-form-scan";

export type RegisterInput = {
  fullName: string;
  idNumber: string;
  mobile: string;
  originalsSeen: boolean;
  signatureRef: string;
  /** The signed paper consent form, scanned at the window. */
  scan: Scan | null;
};
export type RegisterResult = { ok: true; sessionId: string } | { ok: false; errors: Record<string, string> };

export async function registerResidentAtWindow(
  clerk: Clerk,
  input: RegisterInput,
  ip?: string | null,
): Promise<RegisterResult> {
  const today = todayInShanghai();
  const errors: Record<string, string> = {};
  const check = (name: "fullName" | "idNumber" | "mobile", value: string, optional = false) => {
    if (optional && !value.trim()) return;
    const r = fieldSchema(profileFieldDefs[name], { today }).safeParse(value);
    if (!r.success) errors[name] = r.error.issues[0]?.message ?? "validation:required";
  };
  check("fullName", input.fullName);
  check("idNumber", input.idNumber);
  check("mobile", input.mobile, true);
  if (!input.originalsSeen) errors.originalsSeen = "window:register.originalsRequired";
  if (!/^[A-Za-z0-9-]{4,40}$/.test(input.signatureRef.trim())) errors.signatureRef = "window:errors.signatureRef";
  if (!(await readScan(input.scan))) errors.scan = "window:consent.error.scan";
  if (Object.keys(errors).length) return { ok: false, errors };

  const idNumber = input.idNumber.trim().toUpperCase();
  const mobile = input.mobile.trim() || null;
  // Worded so it does not say the number is registered: the same answer as a number the clerk should re-check.
  if (await db.profile.findUnique({ where: profileWithIdNumber(idNumber), select: { userId: true } }))
    return { ok: false, errors: { idNumber: idNotAccepted } };
  if (mobile && (await db.user.findUnique({ where: { mobile }, select: { id: true } })))
    return { ok: false, errors: { mobile: "window:register.mobileKnown" } };

  // One transaction: the account, its verified profile, the audit row, the session and its consent. A failure
  // anywhere (another account took the ID number or the mobile meanwhile, the database went away) leaves no account
  // behind, so the clerk's retry is not told the mobile is known. The scan is stored inside it, before the session
  // row names it: a rollback leaves an unreferenced file (harmless), never a row without its file.
  const values = { fullName: input.fullName.trim(), idNumber, ...(mobile ? { mobile } : {}) };
  let notice = false;
  let sessionId: string;
  try {
    sessionId = await db.$transaction(
      async (tx) => {
        // No password is set at the window: the resident claims the online account with an SMS code to this
        // phone and may then set one. The clerk saw the ID card, so the account starts verified in person.
        const user = await tx.user.create({
          data: { role: "resident", mobile, nameZh: input.fullName.trim(), passwordHash: null, assurance: "in_person" },
          select: { id: true },
        });
        const saved = await saveProfileFields(
          { userId: user.id, values, source: "clerk", channel: "window", enteredById: clerk.id, verified: true },
          tx,
        );
        if (!saved.ok) throw new Refused(saved.errors.idNumber ? { idNumber: idNotAccepted } : saved.errors);
        await recordAudit(
          {
            action: "window.resident_registered",
            payload: { windowNo: clerk.windowNo, verifiedFields: Object.keys(values) },
            actor: clerk,
            subject: { type: "profile", id: user.id },
            onBehalfOf: user.id,
            ip,
          },
          tx,
        );
        const session = { id: await openWindowSession(clerk, user.id, ip, tx), residentId: user.id };
        const scan = await storeSignedFormScan(session.id, input.scan);
        if (!scan) throw new Refused({ scan: "window:consent.error.scan" });
        notice = await grantIn(
          tx,
          clerk,
          { ...session, windowNo: clerk.windowNo },
          "signature",
          { ref: input.signatureRef.trim(), scan },
          ip,
        );
        return session.id;
      },
      // The audit chain's lock may be queued behind other audited writes.
      { timeout: 15_000 },
    );
  } catch (e) {
    if (e instanceof Refused) return { ok: false, errors: e.errors };
    if (mobileTaken(e)) return { ok: false, errors: { mobile: "window:register.mobileKnown" } };
    throw e;
  }
  if (notice) deliverOutboxSoon();
  return { ok: true, sessionId };
}

const idNotAccepted = "window:register.idNotAccepted";

/** Thrown inside the transaction to roll it back with the answer for the clerk. */
class Refused extends Error {
  constructor(readonly errors: Record<string, string>) {
    super("registration refused");
  }
}

/** A unique-index violation on User.mobile: another account took the number between the check and the write. */
function mobileTaken(e: unknown): boolean {
  const err = e as { code?: unknown; meta?: { modelName?: unknown; target?: unknown } } | null;
  if (err?.code !== "P2002" || err.meta?.modelName !== "User") return false;
  return JSON.stringify(err.meta).includes("mobile");
}
