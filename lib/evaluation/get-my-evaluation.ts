// Query: what the application page shows the resident about rating it: whether it may be rated online now, their
// online rating (and until when it can be changed), and the rectification case any of their ratings of it opened,
// with the department's answer. Only the applicant's own application.
import "server-only";
import { db } from "@/lib/db/client";
import type { Status } from "@/lib/applications/transition/status-machine";
import { ratableIn } from "./evaluation-rules";

export async function getMyEvaluation(residentId: string, applicationId: string, now = new Date()) {
  const app = await db.application.findFirst({
    where: { id: applicationId, applicantId: residentId },
    select: {
      status: true,
      evaluations: {
        where: { residentId },
        select: {
          id: true,
          channel: true,
          score: true,
          reasons: true,
          comment: true,
          changeableUntil: true,
          updatedAt: true,
          rectification: {
            select: { id: true, status: true, dueBy: true, response: true, respondedAt: true, escalatedAt: true },
          },
        },
        orderBy: { updatedAt: "desc" },
        take: 4,
      },
    },
  });
  if (!app) return null;
  const online = app.evaluations.find((e) => e.channel === "online") ?? null;
  const withCase = app.evaluations.find((e) => e.rectification && e.rectification.status !== "withdrawn");
  return {
    ratable: ratableIn("online", app.status as Status),
    online: online && { ...online, changeable: online.changeableUntil > now },
    rectification: withCase?.rectification ?? null,
  };
}
