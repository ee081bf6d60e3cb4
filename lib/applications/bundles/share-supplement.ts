// Use case step: a supplement answered once for a life-event bundle. When a resident resubmits one member with the
// papers a department asked for, every other member of the bundle that waits for the same paper (the same shared
// upload of the bundle: shared-materials.ts) gets a copy of those files and is resubmitted too, through the same
// transition use case and its rules. Each sibling is its own transaction after the first one committed: if one cannot
// move (its department changed something meanwhile), it keeps the copied files and waits, as its page shows.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { getBundle, getService } from "@/lib/services";
import { sharedFieldOfMaterial } from "@/lib/services/bundles/shared-materials";
import { blobStorage } from "@/lib/storage/blob-storage";
import { log } from "@/lib/log/logger";
import { lastSupplementRequest } from "../transition/machine-context";
import { requestedMaterials } from "../transition/requested-materials";
import { supplementField } from "../uploads/store-supplement-upload";

type Resubmit = (siblingId: string) => Promise<unknown>;

const eventsSelect = { select: { type: true, payload: true, at: true }, orderBy: { id: "asc" as const } };

/** Gives the siblings waiting for a paper this member just supplied a copy of it, and resubmits them. Returns the
 * ids of the siblings resubmitted. */
export async function shareSupplementWithSiblings(
  residentId: string,
  applicationId: string,
  resubmit: Resubmit,
): Promise<string[]> {
  const from = await db.application.findFirst({
    where: { id: applicationId, applicantId: residentId, bundleId: { not: null } },
    select: {
      bundleMember: true,
      serviceSlug: true,
      pendingMaterials: true,
      bundle: { select: { id: true, bundleSlug: true } },
      events: eventsSelect,
      uploads: {
        where: { fieldName: { startsWith: "supplement:" } },
        select: {
          id: true,
          fieldName: true,
          storageKey: true,
          originalName: true,
          mime: true,
          size: true,
          sha256: true,
          width: true,
          height: true,
          ownerId: true,
          createdAt: true,
        },
        take: 100,
      },
    },
  });
  const bundle = from?.bundle ? getBundle(from.bundle.bundleSlug) : undefined;
  const fromService = from ? getService(from.serviceSlug) : undefined;
  if (!from || !bundle || !fromService || !from.bundleMember) return [];
  // The files that answered this member's last request, by the bundle's shared field they stand for.
  const requestedAt = lastSupplementRequest(from.events)?.at ?? new Date(0);
  const supplied = new Map<string, typeof from.uploads>();
  for (const u of from.uploads.filter((x) => x.createdAt >= requestedAt)) {
    const material = u.fieldName.slice("supplement:".length);
    const shared = sharedFieldOfMaterial(bundle, from.bundleMember, fromService, material);
    if (shared) supplied.set(shared, [...(supplied.get(shared) ?? []), u]);
  }
  if (supplied.size === 0) return [];

  const siblings = await db.application.findMany({
    where: {
      bundleId: from.bundle!.id,
      applicantId: residentId,
      status: "supplement_requested",
      id: { not: applicationId },
    },
    select: { id: true, serviceSlug: true, bundleMember: true, pendingMaterials: true, events: eventsSelect },
    take: bundle.members.length,
  });
  const moved: string[] = [];
  const storage = blobStorage();
  for (const s of siblings) {
    const service = getService(s.serviceSlug);
    if (!service || !s.bundleMember) continue;
    const asked = requestedMaterials(s.events, s.pendingMaterials);
    const plan = asked.map((m) => ({
      material: m,
      files: supplied.get(sharedFieldOfMaterial(bundle, s.bundleMember!, service, m) ?? ""),
    }));
    // Only a request answered in full moves on; one asking for something else still waits for the resident.
    if (asked.length === 0 || plan.some((p) => !p.files?.length)) continue;
    for (const p of plan)
      for (const f of p.files!) {
        const bytes = await storage.get(f.storageKey);
        if (!bytes) continue;
        const storageKey = `${s.id}/${randomUUID()}`;
        await storage.put(storageKey, bytes);
        await db.upload.create({
          data: {
            ownerId: f.ownerId,
            applicationId: s.id,
            fieldName: supplementField(p.material),
            storageKey,
            originalName: f.originalName,
            mime: f.mime,
            size: f.size,
            sha256: f.sha256,
            width: f.width,
            height: f.height,
          },
        });
      }
    try {
      await resubmit(s.id);
      moved.push(s.id);
    } catch (e) {
      log.warn({ err: e, applicationId: s.id }, "bundle sibling not resubmitted with the shared supplement");
    }
  }
  return moved;
}
