// Finds the resident a clerk is serving, by mobile number, ID number or an application's reference. Returns only
// an id: what the clerk may see of the person is decided by the window session (window-session-rule.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { normalizeIdNumber } from "@/lib/validators/id-number";
import { lookupKindOf } from "./lookup-kind";
import { profileWithIdNumber } from "@/lib/profile/sealed-fields";

export { lookupKindOf };

export async function findResident(query: string): Promise<string | null> {
  const q = query.replace(/\s+/g, "");
  switch (lookupKindOf(q)) {
    case "mobile": {
      const byLogin = await db.user.findFirst({
        where: { mobile: q, role: "resident", disabledAt: null },
        select: { id: true },
      });
      if (byLogin) return byLogin.id;
      return (
        (await db.profile.findFirst({ where: { mobile: q, user: { role: "resident" } }, select: { userId: true } }))
          ?.userId ?? null
      );
    }
    case "idNumber":
      return (
        (await db.profile.findUnique({ where: profileWithIdNumber(normalizeIdNumber(q)), select: { userId: true } }))
          ?.userId ?? null
      );
    case "reference":
      return (
        (await db.application.findUnique({ where: { reference: q.toUpperCase() }, select: { applicantId: true } }))
          ?.applicantId ?? null
      );
    default:
      return null;
  }
}
