// Use case: register at the window a resident the portal does not know yet. What the clerk checked against the
// original ID card is stored as verified, with the clerk as its source; the resident signs the paper consent form,
// so the new window session is consented at once (signature method).
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { saveProfileFields } from "@/lib/profile/save-profile-fields";
import { fieldSchema } from "@/lib/form-engine/field-kinds/field-schema";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { profileFieldDefs } from "@/lib/profile/profile-fields";
import { confirmConsentBySignature, openWindowSession, type Clerk } from "./window-sessions";
import { profileWithIdNumber } from "@/lib/profile/sealed-fields";
import { readScan, type Scan } from "./signed-form-scan";

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
    return { ok: false, errors: { idNumber: "window:register.idNotAccepted" } };
  if (mobile && (await db.user.findUnique({ where: { mobile }, select: { id: true } })))
    return { ok: false, errors: { mobile: "window:register.mobileKnown" } };

  // No password is set at the window: the resident claims the online account with an SMS code to this phone and
  // may then set one. The clerk saw the ID card, so the account starts verified in person.
  const user = await db.user.create({
    data: {
      role: "resident",
      mobile,
      nameZh: input.fullName.trim(),
      passwordHash: null,
      assurance: "in_person",
    },
    select: { id: true },
  });
  const values = { fullName: input.fullName.trim(), idNumber, ...(mobile ? { mobile } : {}) };
  const saved = await saveProfileFields({
    userId: user.id,
    values,
    source: "clerk",
    channel: "window",
    enteredById: clerk.id,
    verified: true,
  });
  if (!saved.ok) return saved;
  await recordAudit({
    action: "window.resident_registered",
    payload: { windowNo: clerk.windowNo, verifiedFields: Object.keys(values) },
    actor: clerk,
    subject: { type: "profile", id: user.id },
    onBehalfOf: user.id,
    ip,
  });
  const sessionId = await openWindowSession(clerk, user.id, ip);
  // The ID number was typed by the window's card reader into the form: it is the card read at the window.
  const consent = await confirmConsentBySignature(
    clerk,
    sessionId,
    { signatureRef: input.signatureRef, idCardRead: idNumber, scan: input.scan },
    ip,
  );
  if (!consent.ok) return { ok: false, errors: { signatureRef: "window:errors.signatureRef" } };
  return { ok: true, sessionId };
}
