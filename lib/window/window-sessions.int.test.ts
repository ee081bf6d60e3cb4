// A window session's life: opened by a clerk for a resident, consented by a code sent to the resident's phone or a
// signed paper form, ended by the clerk or by time. Only a consented, open session of the clerk's own grants access.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { asClerk, createResident, createStaff, seedDepartments } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { pdfBytes } from "@/lib/test-support/sample-files";
import {
  confirmConsentByCode,
  confirmConsentBySignature,
  endWindowSession,
  openWindowSession,
  sendConsentCode,
} from "./window-sessions";
import { windowGrantFor } from "./require-window-session";
import { WINDOW_SESSION_MS } from "./window-session-rule";
import { codeOnPhone } from "@/lib/test-support/fake-phone";
import { openProfile } from "@/lib/profile/sealed-fields";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

beforeAll(seedDepartments);

async function opened() {
  const resident = await createResident();
  const staff = await createStaff("clerk");
  const clerk = asClerk(staff);
  const sessionId = await openWindowSession(clerk, resident.id, "192.0.2.30");
  signInAs(staff.id);
  return { resident, staff, clerk, sessionId };
}

const codeSentTo = codeOnPhone;

/** The signed-form proof for the session's resident: the form's number, their ID card read, a scan. */
async function proofFor(sessionId: string, signatureRef: string) {
  const s = await db.windowSession.findUniqueOrThrow({ where: { id: sessionId }, select: { residentId: true } });
  const p = await db.profile.findUniqueOrThrow({ where: { userId: s.residentId }, select: { idNumber: true } });
  return {
    signatureRef,
    idCardRead: openProfile(p).idNumber!,
    scan: { fileName: "consent.pdf", bytes: pdfBytes(`${sessionId} ${signatureRef}`) },
  };
}

const auditActions = (residentId: string) =>
  db.auditLog
    .findMany({ where: { onBehalfOf: residentId }, orderBy: { id: "asc" }, select: { action: true } })
    .then((rows) => rows.map((r) => r.action));

describe("window sessions", () => {
  it("grant nothing until the resident reads back the code sent to their phone", async () => {
    const { resident, clerk, sessionId } = await opened();
    expect(await windowGrantFor(sessionId)).toBeNull();
    expect(await sendConsentCode(clerk, sessionId)).toEqual({ ok: true });
    const code = await codeSentTo(resident.mobile);
    const wrong = code === "000000" ? "000001" : "000000";
    expect(await confirmConsentByCode(clerk, sessionId, wrong)).toEqual({ ok: false, reason: "wrong" });
    expect(await windowGrantFor(sessionId)).toBeNull();
    expect(await confirmConsentByCode(clerk, sessionId, code)).toEqual({ ok: true });
    expect(await windowGrantFor(sessionId)).toMatchObject({
      sessionId,
      residentId: resident.id,
      windowNo: "3",
      clerk: { id: clerk.id },
    });
    expect(
      await db.windowSession.findUniqueOrThrow({ where: { id: sessionId }, select: { consentMethod: true } }),
    ).toEqual({ consentMethod: "sms_code" });
    expect(await auditActions(resident.id)).toEqual([
      "window.session_opened",
      "window.consent_code_sent",
      "window.consent_failed",
      "window.consent_given",
    ]);
  });

  it("can be consented with the number of a signed paper form instead", async () => {
    const { clerk, sessionId } = await opened();
    expect(await confirmConsentBySignature(clerk, sessionId, await proofFor(sessionId, "x"))).toEqual({
      ok: false,
      reason: "signatureRef",
    });
    expect(await confirmConsentBySignature(clerk, sessionId, await proofFor(sessionId, "QZ-2026-0042"))).toEqual({
      ok: true,
    });
    expect(
      await db.windowSession.findUniqueOrThrow({
        where: { id: sessionId },
        select: { consentMethod: true, signatureRef: true },
      }),
    ).toEqual({ consentMethod: "signature", signatureRef: "QZ-2026-0042" });
  });

  it("belongs to its clerk: another clerk can neither send its code nor use it", async () => {
    const { clerk, sessionId } = await opened();
    await confirmConsentBySignature(clerk, sessionId, await proofFor(sessionId, "QZ-1"));
    const other = await createStaff("clerk", "service-center", "5");
    expect(await sendConsentCode(asClerk(other), sessionId)).toEqual({ ok: false, reason: "closed" });
    expect(await confirmConsentBySignature(asClerk(other), sessionId, await proofFor(sessionId, "QZ-2"))).toEqual({
      ok: false,
      reason: "closed",
    });
    signInAs(other.id);
    expect(await windowGrantFor(sessionId)).toBeNull();
  });

  it("ends when the clerk ends it, once", async () => {
    const { resident, clerk, sessionId } = await opened();
    await confirmConsentBySignature(clerk, sessionId, await proofFor(sessionId, "QZ-3"));
    await endWindowSession(clerk, sessionId);
    await endWindowSession(clerk, sessionId);
    expect(await windowGrantFor(sessionId)).toBeNull();
    expect((await auditActions(resident.id)).filter((a) => a === "window.session_ended")).toHaveLength(1);
  });

  it(`expires ${WINDOW_SESSION_MS / 3_600_000} hours after it was opened, consented or not`, async () => {
    const { clerk, sessionId } = await opened();
    await confirmConsentBySignature(clerk, sessionId, await proofFor(sessionId, "QZ-4"));
    await db.windowSession.update({
      where: { id: sessionId },
      data: { createdAt: new Date(Date.now() - WINDOW_SESSION_MS + 60_000) },
    });
    expect(await windowGrantFor(sessionId)).not.toBeNull();
    await db.windowSession.update({
      where: { id: sessionId },
      data: { createdAt: new Date(Date.now() - WINDOW_SESSION_MS - 1000) },
    });
    expect(await windowGrantFor(sessionId)).toBeNull();

    const waiting = await opened();
    await db.windowSession.update({
      where: { id: waiting.sessionId },
      data: { createdAt: new Date(Date.now() - WINDOW_SESSION_MS - 1000) },
    });
    expect(await sendConsentCode(waiting.clerk, waiting.sessionId)).toEqual({ ok: false, reason: "closed" });
    expect(
      await confirmConsentBySignature(waiting.clerk, waiting.sessionId, await proofFor(waiting.sessionId, "QZ-5")),
    ).toEqual({
      ok: false,
      reason: "closed",
    });
  });
});
