// Name and ID number once verified (by the population registry, or by a clerk who saw the ID card) are settled:
// changing them is done at a window with the ID card, never by the profile form or an application's write-back.
// Otherwise a real-name verified account could swap in someone else's identity and keep its assurance level.
import "server-only";
import { db } from "@/lib/db/client";
import type { ProfileFieldName } from "./profile-fields";

export const identityFields: readonly ProfileFieldName[] = ["fullName", "idNumber"];

/** The identity fields of this resident whose recorded value is verified. */
export async function settledIdentityFields(userId: string): Promise<Set<ProfileFieldName>> {
  const rows = await db.profileFieldSource.findMany({
    where: { userId, field: { in: [...identityFields] }, verified: true },
    // One row per field at most (the key is userId + field).
    take: identityFields.length,
    select: { field: true },
  });
  return new Set(rows.map((r) => r.field as ProfileFieldName));
}
