// Use case: receive one file for one material of the person's draft (the checks are in receive-file.ts).
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { ServiceDef } from "@/lib/form-engine/types";
import { receiveFile, type ReceivedFile } from "./receive-file";

export async function storeUpload(input: {
  ownerId: string;
  service: ServiceDef;
  fieldName: string;
  fileName: string;
  bytes: Uint8Array;
  /** Who sends it when it is not the owner (a clerk at the window): named in the audit row of a refused file. */
  actor?: { id: string; role: Role };
}): Promise<ReceivedFile | { ok: false; problem: "errors:application.notFound" }> {
  const field = input.service.steps
    .flatMap((s) => s.fields)
    .find((f) => f.kind === "file" && f.name === input.fieldName);
  const draft = await db.application.findFirst({
    where: { applicantId: input.ownerId, serviceCode: input.service.code, status: "draft" },
    select: { id: true },
  });
  if (!field || !draft) return { ok: false, problem: "errors:application.notFound" };
  return receiveFile({
    ownerId: input.ownerId,
    applicationId: draft.id,
    fieldName: input.fieldName,
    fileName: input.fileName,
    bytes: input.bytes,
    actor: input.actor,
  });
}
