// The assurance level of the resident being served, for the clerk's session page. Takes the grant: a clerk learns
// it only inside a consented window session, like the rest of the resident's account.
import "server-only";
import { db } from "@/lib/db/client";
import type { AssuranceLevel } from "@/lib/accounts/assurance";
import type { WindowGrant } from "./require-window-session";

export async function residentAssurance(grant: WindowGrant): Promise<AssuranceLevel> {
  const user = await db.user.findUniqueOrThrow({ where: { id: grant.residentId }, select: { assurance: true } });
  return user.assurance;
}
