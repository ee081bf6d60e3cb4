// Use case: everything held about a resident, as one JSON document (PIPL art. 45: the right to a copy). Not at a
// hall kiosk: the download would stay on a public machine, unmasked, for the next person (the resident takes their
// copy on their own device, or asks for it at a window).
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { listAllProfileAccess } from "./access-log";
import { openMember, openProfile } from "./sealed-fields";
import { openAnswers } from "@/lib/applications/sealed-answers";

export type ExportResult = { ok: true; data: Awaited<ReturnType<typeof collect>> } | { ok: false; reason: "kiosk" };

export async function exportMyData(acting: { userId: string; channel: "online" | "terminal" }): Promise<ExportResult> {
  if (acting.channel === "terminal") {
    await recordAudit({
      action: "access.denied",
      payload: { what: "export" },
      actor: { id: acting.userId, role: "resident" },
      subject: { type: "profile", id: acting.userId },
    });
    return { ok: false, reason: "kiosk" };
  }
  return { ok: true, data: await collect(acting.userId) };
}

async function collect(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      mobile: true,
      nameZh: true,
      nameUg: true,
      createdAt: true,
      textSize: true,
      profile: {
        select: {
          fullName: true,
          fullNameUg: true,
          idNumber: true,
          mobile: true,
          ethnicity: true,
          address: true,
          bankCard: true,
          hukouAddress: true,
          employer: true,
          disabilityCertNumber: true,
          updatedAt: true,
          fieldSources: { select: { field: true, source: true, channel: true, verified: true, at: true } },
        },
      },
      household: {
        select: { relation: true, name: true, idNumber: true, source: true, verified: true, createdAt: true },
      },
      consents: { select: { category: true, serviceCode: true, purpose: true, grantedAt: true, revokedAt: true } },
      applications: {
        select: {
          reference: true,
          serviceCode: true,
          status: true,
          channel: true,
          answers: true,
          submittedAt: true,
          promisedBy: true,
          createdAt: true,
          updatedAt: true,
        },
      },
      uploads: { select: { originalName: true, mime: true, size: true, createdAt: true } },
    },
  });
  await recordAudit({
    action: "profile.export",
    payload: {},
    actor: user ? { id: user.id, role: user.role } : null,
    subject: { type: "profile", id: userId },
  });
  // The resident's own copy holds the sealed fields opened (it is their data, shown to them).
  const account = user && {
    ...user,
    profile: openProfile(user.profile),
    household: user.household.map(openMember),
    applications: user.applications.map((a) => ({ ...a, answers: openAnswers(a.answers) })),
  };
  return { exportedAt: new Date().toISOString(), account, accessLog: await listAllProfileAccess(userId) };
}
