// The supervisor's check on signed-form consents: a random sample of recent signed-form window sessions, the
// resident masked, and the scanned form behind each, for admins only; both audited.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createStaff } from "@/lib/test-support/factories";
import { servedAtWindow } from "@/lib/test-support/window";
import { pdfBytes } from "@/lib/test-support/sample-files";
import { readSignedFormScan, sampleSignedFormSessions, SAMPLE_SIZE } from "./sampled-signed-forms";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

describe("signed-form sample", () => {
  it("lists recent signed-form sessions with clerk, time, window and the resident masked; admins only", async () => {
    const resident = await createResident();
    const { staff, sessionId } = await servedAtWindow(resident);
    const admin = await createStaff("admin");
    const sample = await sampleSignedFormSessions({ id: admin.id, role: "admin" }, "192.0.2.9");
    expect(sample).toHaveLength(1);
    expect(sample![0]).toMatchObject({
      id: sessionId,
      windowNo: "3",
      signatureRef: "QZ-TEST-1",
      clerk: { staffId: staff.staffId },
      resident: { idNumber: `${resident.idNumber.slice(0, 6)}********${resident.idNumber.slice(-4)}` },
      hasScan: true,
    });
    expect(JSON.stringify(sample)).not.toContain(resident.idNumber);
    expect(sample![0]!.resident.name).not.toBe(resident.name);
    expect(await db.auditLog.count({ where: { action: "window.signed_forms_sampled", actorId: admin.id } })).toBe(1);

    expect(await sampleSignedFormSessions({ id: staff.id, role: "clerk" })).toBeNull();
    expect(await sampleSignedFormSessions({ id: resident.id, role: "resident" })).toBeNull();
  });

  it("draws at most the sample size, at random", async () => {
    const clerk = await createStaff("clerk");
    for (let i = 0; i < SAMPLE_SIZE + 3; i++) await servedAtWindow(await createResident(), clerk);
    const admin = await createStaff("admin");
    const a = await sampleSignedFormSessions({ id: admin.id, role: "admin" });
    expect(a!.length).toBe(SAMPLE_SIZE);
    const draws = new Set<string>();
    for (let i = 0; i < 5; i++)
      draws.add(
        ((await sampleSignedFormSessions({ id: admin.id, role: "admin" })) ?? [])
          .map((r) => r.id)
          .sort()
          .join(),
      );
    expect(draws.size).toBeGreaterThan(1);
  });

  it("gives the scanned form to an admin (audited in the resident's name), nobody else", async () => {
    const resident = await createResident();
    const { staff, sessionId } = await servedAtWindow(resident);
    const admin = await createStaff("admin");
    const file = await readSignedFormScan({ id: admin.id, role: "admin" }, sessionId);
    expect(file).toMatchObject({ mime: "application/pdf" });
    expect(file!.bytes).toEqual(pdfBytes(`consent ${sessionId}`));
    expect(
      await db.auditLog.count({
        where: { action: "window.signed_form_read", actorId: admin.id, onBehalfOf: resident.id },
      }),
    ).toBe(1);
    expect(await readSignedFormScan({ id: staff.id, role: "clerk" }, sessionId)).toBeNull();
    expect(await readSignedFormScan({ id: resident.id, role: "resident" }, sessionId)).toBeNull();
  });
});
