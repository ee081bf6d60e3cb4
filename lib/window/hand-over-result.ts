// Use case: 统一出件 — the clerk hands the resident the result of an approved application at the window. The same
// state-machine event as any other delivery ("issue_result", delivered at the window), recorded as done for the
// resident present in this consented session.
import "server-only";
import { db } from "@/lib/db/client";
import { transitionApplication } from "@/lib/applications/transition/transition-application";
import type { WindowGrant } from "./require-window-session";

export async function handOverResult(grant: WindowGrant, applicationId: string, departmentId: string | null) {
  // Only the resident being served: another person's application is not handed over here, whatever the id says.
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: grant.residentId },
    select: { id: true },
  });
  if (!app) return { ok: false as const };
  await transitionApplication({
    applicationId,
    event: "issue_result",
    actor: { id: grant.clerk.id, role: "clerk", departmentId, windowResidentId: grant.residentId },
    input: { delivery: "window" },
    // In the transition's own transaction: a hand-over that did not happen is not in the resident's access log.
    audit: {
      action: "application.result_handed_over",
      payload: { windowNo: grant.windowNo, applicationId },
      actor: grant.clerk,
      subject: { type: "application", id: applicationId },
      onBehalfOf: grant.residentId,
    },
  });
  return { ok: true as const };
}
