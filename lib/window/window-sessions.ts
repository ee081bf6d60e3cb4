// Use cases of a window session's life: open it for a resident, send the consent code, record consent (code or
// signed form), end it. Every one is audited as the clerk acting for the resident.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { CODE_SLOT, queueCodeSms } from "@/lib/notifications/queue-code-sms";
import { issueCode, redeemCode } from "@/lib/security/one-time-codes";
import { windowAccess } from "./window-session-rule";
import { maskMobile } from "@/lib/format/mask";
import { normalizeIdNumber } from "@/lib/validators/id-number";
import type { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/config";
import { readProfileSnapshot } from "@/lib/profile/load-profile";
import { storeSignedFormScan, type Scan, type StoredScan } from "./signed-form-scan";

export type Clerk = { id: string; role: "clerk"; windowNo: string; staffId: string };

export const consentPurpose = (sessionId: string) => `window-consent:${sessionId}`;

/** The session row and its audit row are one transaction (the caller's, when it passes `tx`). */
export async function openWindowSession(
  clerk: Clerk,
  residentId: string,
  ip?: string | null,
  tx?: Prisma.TransactionClient,
): Promise<string> {
  if (!tx) return db.$transaction((own) => openWindowSession(clerk, residentId, ip, own));
  const session = await tx.windowSession.create({
    data: { clerkId: clerk.id, residentId, windowNo: clerk.windowNo },
    select: { id: true },
  });
  await recordAudit(
    {
      action: "window.session_opened",
      payload: { windowNo: clerk.windowNo },
      actor: clerk,
      subject: { type: "profile", id: residentId },
      onBehalfOf: residentId,
      ip,
    },
    tx,
  );
  return session.id;
}

async function ownSession(clerk: Clerk, sessionId: string) {
  const s = await db.windowSession.findUnique({ where: { id: sessionId } });
  return s && windowAccess(s, clerk.id, new Date()) !== "none" ? s : null;
}

/** The phone a code can go to: the profile's mobile, else the sign-in mobile. */
async function phoneOf(residentId: string, client: Prisma.TransactionClient = db) {
  const u = await client.user.findUnique({
    where: { id: residentId },
    select: { mobile: true, locale: true, profile: { select: { mobile: true } } },
  });
  return { to: u?.profile?.mobile ?? u?.mobile ?? null, locale: u?.locale ?? "zh" };
}

/** What the clerk may see before consent: where a code would go, masked (the resident recognises their number). */
export async function maskedPhoneFor(residentId: string): Promise<string | null> {
  const { to } = await phoneOf(residentId);
  return to ? maskMobile(to) : null;
}

export type SendResult = { ok: true } | { ok: false; reason: "noPhone" | "wait" | "closed" };

export async function sendConsentCode(clerk: Clerk, sessionId: string, ip?: string | null): Promise<SendResult> {
  const s = await ownSession(clerk, sessionId);
  if (!s || windowAccess(s, clerk.id, new Date()) !== "awaitingConsent") return { ok: false, reason: "closed" };
  const { to, locale } = await phoneOf(s.residentId);
  if (!to) return { ok: false, reason: "noPhone" };
  const t = await getT(locale, "window");
  const result = await db.$transaction(async (tx) => {
    const issued = await issueCode(tx, s.residentId, consentPurpose(s.id));
    if (!issued.ok) return issued;
    // The code, the window and the staff ID are isolated in Uyghur so a phone never reorders them.
    const iso = (x: string) => (locale === "ug" ? isolate(x) : x);
    const body = t("sms.consentCode", { code: iso(CODE_SLOT), window: iso(s.windowNo), staffId: iso(clerk.staffId) });
    await queueCodeSms(tx, { to, locale, body, code: issued.code });
    await recordAudit(
      {
        action: "window.consent_code_sent",
        payload: { windowNo: s.windowNo },
        actor: clerk,
        subject: { type: "profile", id: s.residentId },
        onBehalfOf: s.residentId,
        ip,
      },
      tx,
    );
    return issued;
  });
  if (!result.ok) return { ok: false, reason: "wait" };
  deliverOutboxSoon();
  return { ok: true };
}

export type ConsentResult =
  | { ok: true }
  | {
      ok: false;
      reason:
        "wrong" | "expired" | "used" | "tooManyAttempts" | "malformed" | "closed" | "signatureRef" | "idCard" | "scan";
    };

export async function confirmConsentByCode(
  clerk: Clerk,
  sessionId: string,
  code: string,
  ip?: string | null,
): Promise<ConsentResult> {
  const s = await ownSession(clerk, sessionId);
  if (!s || windowAccess(s, clerk.id, new Date()) !== "awaitingConsent") return { ok: false, reason: "closed" };
  const check = await redeemCode(s.residentId, consentPurpose(s.id), code);
  if (check !== "ok") {
    await recordAudit({
      action: "window.consent_failed",
      payload: { windowNo: s.windowNo, reason: check },
      actor: clerk,
      subject: { type: "profile", id: s.residentId },
      onBehalfOf: s.residentId,
      ip,
    });
    return { ok: false, reason: check };
  }
  return grant(clerk, s, "sms_code", undefined, ip);
}

/** What proves the resident signed the paper form at this window: the form's number, the ID card read by the
 * window's reader (it types the number into the field), and the signed form scanned into the session. */
export type SignedFormProof = { signatureRef: string; idCardRead: string; scan: Scan | null };

/** No phone (or it is not at hand): the resident signs the paper consent form in person. A ticked box and a typed
 * number proved nothing (anyone could open anyone's profile); the ID card must be read at the window and match the
 * resident, and the signed form is scanned into the session for the supervisor's samples. */
export async function confirmConsentBySignature(
  clerk: Clerk,
  sessionId: string,
  proof: SignedFormProof,
  ip?: string | null,
): Promise<ConsentResult> {
  const s = await ownSession(clerk, sessionId);
  if (!s || windowAccess(s, clerk.id, new Date()) !== "awaitingConsent") return { ok: false, reason: "closed" };
  const ref = proof.signatureRef.trim();
  if (!/^[A-Za-z0-9-]{4,40}$/.test(ref)) return { ok: false, reason: "signatureRef" };
  const onFile = (await readProfileSnapshot(s.residentId)).idNumber;
  const read = normalizeIdNumber(proof.idCardRead);
  if (typeof onFile !== "string" || !read || read !== normalizeIdNumber(onFile)) {
    await failed(clerk, s, "idCard", ip);
    return { ok: false, reason: "idCard" };
  }
  const scan = await storeSignedFormScan(s.id, proof.scan);
  if (!scan) {
    await failed(clerk, s, "scan", ip);
    return { ok: false, reason: "scan" };
  }
  return grant(clerk, s, "signature", { ref, scan }, ip);
}

async function failed(clerk: Clerk, s: { residentId: string; windowNo: string }, reason: string, ip?: string | null) {
  await recordAudit({
    action: "window.consent_failed",
    payload: { windowNo: s.windowNo, reason },
    actor: clerk,
    subject: { type: "profile", id: s.residentId },
    onBehalfOf: s.residentId,
    ip,
  });
}

async function grant(
  clerk: Clerk,
  s: { id: string; residentId: string; windowNo: string },
  method: "sms_code" | "signature",
  signed: { ref: string; scan: StoredScan } | undefined,
  ip?: string | null,
): Promise<ConsentResult> {
  const queued = await db.$transaction((tx) => grantIn(tx, clerk, s, method, signed, ip));
  if (queued) deliverOutboxSoon();
  return { ok: true };
}

/** Consent written in the caller's transaction: the session row, its audit row and the notice to the resident's
 * phone (queued in the outbox; the caller calls `deliverOutboxSoon` after commit when this answers true). */
export async function grantIn(
  tx: Prisma.TransactionClient,
  clerk: Clerk,
  s: { id: string; residentId: string; windowNo: string },
  method: "sms_code" | "signature",
  signed: { ref: string; scan: StoredScan } | undefined,
  ip?: string | null,
): Promise<boolean> {
  const { to, locale } = await phoneOf(s.residentId, tx);
  const t = await getT(locale, "window");
  await tx.windowSession.update({
    where: { id: s.id },
    data: {
      consentedAt: new Date(),
      consentMethod: method,
      ...(signed
        ? {
            signatureRef: signed.ref,
            signedFormKey: signed.scan.key,
            signedFormMime: signed.scan.mime,
            signedFormSha256: signed.scan.sha256,
          }
        : {}),
    },
  });
  await recordAudit(
    {
      action: "window.consent_given",
      payload: { windowNo: s.windowNo, method, ...(signed ? { signatureRef: signed.ref } : {}) },
      actor: clerk,
      subject: { type: "profile", id: s.residentId },
      onBehalfOf: s.residentId,
      ip,
    },
    tx,
  );
  if (to) await queueOpenedNotice(tx, { to, locale, t, windowNo: s.windowNo, staffId: clerk.staffId });
  return !!to;
}

/** The resident's phone hears whenever their profile is opened at a window: someone using a signed form in their
 * name, without them, is noticed by the person it concerns. Queued with the audit row (same transaction). */
async function queueOpenedNotice(
  tx: Prisma.TransactionClient,
  m: { to: string; locale: Locale; t: Awaited<ReturnType<typeof getT>>; windowNo: string; staffId: string },
) {
  const iso = (x: string) => (m.locale === "ug" ? isolate(x) : x);
  const body = m.t("sms.profileOpened", { window: iso(m.windowNo), staffId: iso(m.staffId) });
  await tx.outboxMessage.create({ data: { channel: "sms", to: m.to, locale: m.locale, body } });
}

export async function endWindowSession(clerk: Clerk, sessionId: string, ip?: string | null) {
  const s = await ownSession(clerk, sessionId);
  if (!s || s.endedAt) return;
  await db.$transaction(async (tx) => {
    // Only an open session ends (two clicks on "end" write one audit row).
    const ended = await tx.windowSession.updateMany({
      where: { id: s.id, endedAt: null },
      data: { endedAt: new Date() },
    });
    if (!ended.count) return;
    await recordAudit(
      {
        action: "window.session_ended",
        payload: { windowNo: s.windowNo },
        actor: clerk,
        subject: { type: "profile", id: s.residentId },
        onBehalfOf: s.residentId,
        ip,
      },
      tx,
    );
  });
}
