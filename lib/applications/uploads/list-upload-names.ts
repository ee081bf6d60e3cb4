import "server-only";
import { db } from "@/lib/db/client";

/** File names of an application's uploads, by upload ID (to show what was uploaded). */
export async function listUploadNames(applicationId: string): Promise<Record<string, string>> {
  const rows = await db.upload.findMany({ where: { applicationId }, select: { id: true, originalName: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.originalName]));
}
