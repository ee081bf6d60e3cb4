import "server-only";
import { db } from "@/lib/db/client";
import { UPLOADS_PER_APPLICATION_CAP } from "./material-check";

/** File names of an application's uploads, by upload ID (to show what was uploaded). */
export async function listUploadNames(applicationId: string): Promise<Record<string, string>> {
  const rows = await db.upload.findMany({
    where: { applicationId },
    take: UPLOADS_PER_APPLICATION_CAP,
    select: { id: true, originalName: true },
  });
  return Object.fromEntries(rows.map((r) => [r.id, r.originalName]));
}
