// Use case: open the person's draft for a service item, creating it the first time. Idempotent: a partial unique
// index allows one draft per person and item, so two tabs pressing "start" at once share one draft. A draft begun
// through another channel is handed over (online → window, or window → the resident's phone): same row, same
// answers, the channel now the one finishing it (it decides which window-only steps apply).
import "server-only";
import { db } from "@/lib/db/client";
import type { Channel, ServiceDef } from "@/lib/form-engine/types";

export async function startApplication(input: {
  applicantId: string;
  enteredById: string;
  service: ServiceDef;
  channel: Channel;
}) {
  const where = { applicantId: input.applicantId, serviceCode: input.service.code, status: "draft" as const };
  const existing = await db.application.findFirst({ where, select: { id: true, lastStepId: true, channel: true } });
  if (existing) {
    if (existing.channel !== input.channel)
      await db.application.update({ where: { id: existing.id }, data: { channel: input.channel } });
    return { id: existing.id, lastStepId: existing.lastStepId };
  }
  try {
    return await db.application.create({
      data: {
        applicantId: input.applicantId,
        enteredById: input.enteredById,
        serviceCode: input.service.code,
        serviceSlug: input.service.slug,
        channel: input.channel,
      },
      select: { id: true, lastStepId: true },
    });
  } catch {
    // Lost a race with a parallel start: the other request's draft is ours too.
    const raced = await db.application.findFirst({ where, select: { id: true, lastStepId: true } });
    if (raced) return raced;
    throw new Error("could not start application");
  }
}
