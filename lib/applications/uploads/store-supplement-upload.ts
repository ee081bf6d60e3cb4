// Use case: a file answering a supplement request (补正材料), for one of the materials the request listed, on the
// person's own application while it waits for them. Stored as field "supplement:<material>".
import "server-only";
import { db } from "@/lib/db/client";
import { receiveFile, type ReceivedFile } from "./receive-file";
import { requestedMaterials } from "../transition/requested-materials";

export const supplementField = (material: string) => `supplement:${material}`;

export async function storeSupplementUpload(input: {
  ownerId: string;
  applicationId: string;
  material: string;
  fileName: string;
  bytes: Uint8Array;
}): Promise<ReceivedFile | { ok: false; problem: "errors:application.notFound" }> {
  const app = await db.application.findFirst({
    where: { id: input.applicationId, applicantId: input.ownerId, status: "supplement_requested" },
    select: {
      id: true,
      pendingMaterials: true,
      events: { select: { type: true, payload: true }, orderBy: { id: "asc" } },
    },
  });
  if (!app || !requestedMaterials(app.events, app.pendingMaterials).includes(input.material))
    return { ok: false, problem: "errors:application.notFound" };
  return receiveFile({
    ownerId: input.ownerId,
    applicationId: app.id,
    fieldName: supplementField(input.material),
    fileName: input.fileName,
    bytes: input.bytes,
  });
}
