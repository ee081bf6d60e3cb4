// Registering at the window a resident the portal does not know yet: what the clerk checked against the original ID
// card is stored as verified, and the new session is consented by the signed paper form at once.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  asClerk,
  createResident,
  createStaff,
  newIdNumber,
  newMobile,
  seedDepartments,
} from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { pdfBytes } from "@/lib/test-support/sample-files";
import { registerResidentAtWindow, type RegisterInput } from "./register-resident";
import { windowGrantFor } from "./require-window-session";
import { openProfile } from "@/lib/profile/sealed-fields";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

beforeAll(seedDepartments);

const input = (over: Partial<RegisterInput> = {}): RegisterInput => ({
  fullName: "热依拉·买买提",
  idNumber: newIdNumber(),
  mobile: newMobile(),
  originalsSeen: true,
  signatureRef: "QZ-2026-0100",
  scan: { fileName: "consent.pdf", bytes: pdfBytes(`register ${Math.random()}`) },
  ...over,
});

describe("registerResidentAtWindow", () => {
  it("creates the account and a verified profile, and opens a consented session", async () => {
    const staff = await createStaff("clerk");
    const data = input();
    const result = await registerResidentAtWindow(asClerk(staff), data);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const user = await db.user.findUniqueOrThrow({
      where: { mobile: data.mobile },
      select: { id: true, role: true, profile: { select: { idNumber: true, fullName: true } } },
    });
    expect({ ...user, profile: openProfile(user.profile) }).toMatchObject({
      role: "resident",
      profile: { idNumber: data.idNumber, fullName: data.fullName },
    });
    const sources = await db.profileFieldSource.findMany({
      where: { userId: user.id },
      select: { field: true, source: true, channel: true, verified: true, enteredById: true },
      orderBy: { field: "asc" },
    });
    expect(sources).toEqual(
      ["fullName", "idNumber", "mobile"].map((field) => ({
        field,
        source: "clerk",
        channel: "window",
        verified: true,
        enteredById: staff.id,
      })),
    );
    signInAs(staff.id);
    expect(await windowGrantFor(result.sessionId)).toMatchObject({ residentId: user.id });
    const audit = await db.auditLog.findMany({
      where: { onBehalfOf: user.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "window.resident_registered",
      "window.session_opened",
      "window.consent_given",
    ]);
  });

  it("refuses an ID number or mobile already known, and missing checks, writing nothing", async () => {
    const known = await createResident();
    const clerk = asClerk(await createStaff("clerk"));
    const users = await db.user.count();
    expect(await registerResidentAtWindow(clerk, input({ idNumber: known.idNumber }))).toEqual({
      ok: false,
      errors: { idNumber: "window:register.idNotAccepted" },
    });
    expect(await registerResidentAtWindow(clerk, input({ mobile: known.mobile }))).toEqual({
      ok: false,
      errors: { mobile: "window:register.mobileKnown" },
    });
    const bad = await registerResidentAtWindow(
      clerk,
      input({ originalsSeen: false, signatureRef: "?", idNumber: "654002198001010000" }),
    );
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(["idNumber", "originalsSeen", "signatureRef"]);
    expect(await db.user.count()).toBe(users);
  });

  // KNOWN BUG (reported): the form and this use case treat the mobile number as optional ("没有可不填"), but the
  // database requires every resident account to have one (check constraint User_login_kind_check in the first
  // migration), so registering a resident without a phone ends in a database error.
  it.fails("registers a resident who has no mobile phone", async () => {
    const clerk = asClerk(await createStaff("clerk"));
    const result = await registerResidentAtWindow(clerk, input({ mobile: "" }));
    expect(result.ok).toBe(true);
  });
});
