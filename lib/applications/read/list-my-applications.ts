import "server-only";
import { db } from "@/lib/db/client";

/** The person's own applications, drafts first, newest first. */
export async function listMyApplications(applicantId: string) {
  return db.application.findMany({
    where: { applicantId },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    select: {
      id: true,
      reference: true,
      serviceSlug: true,
      status: true,
      lastStepId: true,
      submittedAt: true,
      promisedBy: true,
      updatedAt: true,
      channel: true,
    },
  });
}
