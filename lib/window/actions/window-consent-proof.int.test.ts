// Window consent must prove the resident is present (issue 18): the signed-form path needs the ID card read at the
// window (the reader types the number, which must be the resident's) and the signed form scanned into the session;
// the resident's phone hears whenever their profile is opened at a window; consents a clerk ticks record the clerk.
import { codeOnPhone } from "@/lib/test-support/fake-phone";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { asClerk, createResident, createStaff, seedDepartments } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { form, redirectOf } from "@/lib/test-support/next-request";
import { pdfBytes } from "@/lib/test-support/sample-files";
import { blobStorage } from "@/lib/storage/blob-storage";
import { grantConsentAction } from "@/lib/profile/actions/consent-actions";
import { listConsents } from "@/lib/profile/consents";
import { openWindowSession } from "../window-sessions";
import { confirmCodeAction, confirmSignatureAction, sendCodeAction } from "./window-actions";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/headers", () => import("@/lib/test-support/next-request"));
vi.mock("next/cache", () => import("@/lib/test-support/next-request"));

beforeAll(seedDepartments);

async function opened() {
  const resident = await createResident();
  const staff = await createStaff("clerk");
  const sessionId = await openWindowSession(asClerk(staff), resident.id);
  signInAs(staff.id);
  return { resident, staff, sessionId };
}

const scan = (label = "signed consent form") =>
  new File([pdfBytes(label) as BlobPart], "consent.pdf", { type: "application/pdf" });

function signedForm(sessionId: string, fields: Record<string, string>, file?: File) {
  const f = form({ locale: "zh", session: sessionId, signed: "yes", signatureRef: "QZ-2026-0042", ...fields });
  if (file) f.append("scan", file);
  return f;
}

const sessionRow = (id: string) =>
  db.windowSession.findUniqueOrThrow({
    where: { id },
    select: { consentedAt: true, consentMethod: true, signedFormKey: true, signedFormMime: true },
  });

describe("consent by signed form", () => {
  it("is refused unless the ID card read at the window is the resident's", async () => {
    const { resident, sessionId } = await opened();
    const refused = `/zh/clerk/sessions/${sessionId}/consent?error=idCard#signature`;
    expect(await redirectOf(() => confirmSignatureAction(signedForm(sessionId, {}, scan())))).toBe(refused);
    const other = await createResident();
    expect(
      await redirectOf(() => confirmSignatureAction(signedForm(sessionId, { idCardRead: other.idNumber }, scan()))),
    ).toBe(refused);
    expect((await sessionRow(sessionId)).consentedAt).toBeNull();
    // The reader's number may come with spaces and a lower-case x: the same card.
    expect(
      await redirectOf(() =>
        confirmSignatureAction(
          signedForm(
            sessionId,
            { idCardRead: ` ${resident.idNumber.slice(0, 6)} ${resident.idNumber.slice(6)} ` },
            scan(),
          ),
        ),
      ),
    ).toBe(`/zh/clerk/sessions/${sessionId}`);
  });

  it("is refused without the signed form scanned into the session, and the scan is kept with it", async () => {
    const { resident, sessionId } = await opened();
    expect(
      await redirectOf(() => confirmSignatureAction(signedForm(sessionId, { idCardRead: resident.idNumber }))),
    ).toBe(`/zh/clerk/sessions/${sessionId}/consent?error=scan#signature`);
    const notAScan = new File([new TextEncoder().encode("just text") as BlobPart], "form.pdf");
    expect(
      await redirectOf(() =>
        confirmSignatureAction(signedForm(sessionId, { idCardRead: resident.idNumber }, notAScan)),
      ),
    ).toBe(`/zh/clerk/sessions/${sessionId}/consent?error=scan#signature`);
    expect((await sessionRow(sessionId)).consentedAt).toBeNull();

    expect(
      await redirectOf(() => confirmSignatureAction(signedForm(sessionId, { idCardRead: resident.idNumber }, scan()))),
    ).toBe(`/zh/clerk/sessions/${sessionId}`);
    const row = await sessionRow(sessionId);
    expect(row).toMatchObject({ consentMethod: "signature", signedFormMime: "application/pdf" });
    expect(row.consentedAt).toBeInstanceOf(Date);
    expect(await blobStorage().get(row.signedFormKey!)).toEqual(pdfBytes("signed consent form"));
  });
});

describe("the resident's phone", () => {
  it("gets a notice whenever their profile is opened at a window, by signed form or by code", async () => {
    const { resident, staff, sessionId } = await opened();
    await redirectOf(() => confirmSignatureAction(signedForm(sessionId, { idCardRead: resident.idNumber }, scan())));
    const notices = await db.outboxMessage.findMany({ where: { to: resident.mobile }, select: { body: true } });
    expect(notices).toHaveLength(1);
    expect(notices[0]!.body).toContain(staff.staffId);
    expect(notices[0]!.body).toContain("3 号窗口");

    const second = await openWindowSession(asClerk(staff), resident.id);
    await redirectOf(() => sendCodeAction(form({ locale: "zh", session: second })));
    const code = await codeOnPhone(resident.mobile!);
    expect(await redirectOf(() => confirmCodeAction(form({ locale: "zh", session: second, code })))).toBe(
      `/zh/clerk/sessions/${second}`,
    );
    // The consent code, then the notice that the profile is open.
    expect(await db.outboxMessage.count({ where: { to: resident.mobile } })).toBe(3);
  });
});

describe("consents ticked at the window", () => {
  it("record the clerk who ticked them and the session; the resident's own record none", async () => {
    const { resident, staff, sessionId } = await opened();
    await redirectOf(() => confirmSignatureAction(signedForm(sessionId, { idCardRead: resident.idNumber }, scan())));
    const slug = "disability-subsidies";
    await redirectOf(() =>
      grantConsentAction(form({ locale: "zh", slug, session: sessionId, category: ["disability", "income"] })),
    );
    const rows = await db.consent.findMany({
      where: { userId: resident.id },
      select: { grantedById: true, windowSessionId: true },
    });
    expect(rows).toEqual([
      { grantedById: staff.id, windowSessionId: sessionId },
      { grantedById: staff.id, windowSessionId: sessionId },
    ]);
    // The resident's own list says who ticked them, where.
    expect((await listConsents(resident.id)).map((c) => c.atWindow)).toEqual([
      { staffId: staff.staffId, windowNo: "3" },
      { staffId: staff.staffId, windowNo: "3" },
    ]);

    const online = await createResident();
    signInAs(online.id);
    await redirectOf(() => grantConsentAction(form({ locale: "zh", slug, category: ["disability", "income"] })));
    expect(
      await db.consent.findMany({ where: { userId: online.id }, select: { grantedById: true, windowSessionId: true } }),
    ).toEqual([
      { grantedById: null, windowSessionId: null },
      { grantedById: null, windowSessionId: null },
    ]);
  });
});
