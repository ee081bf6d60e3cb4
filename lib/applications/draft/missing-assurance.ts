// The resident's stored level against the item's (the rule is assurance-rule.ts). Read from the account on every
// call, never from the sign-in token: a level raised at the window counts at once, on every device.
import "server-only";
import { db } from "@/lib/db/client";
import type { ServiceDef } from "@/lib/form-engine/types";
import type { Acting } from "../acting";
import { assuranceShortfall, type AssuranceShortfall } from "./assurance-rule";

export async function missingAssurance(
  acting: Pick<Acting, "applicantId" | "channel">,
  service: Pick<ServiceDef, "assurance">,
): Promise<AssuranceShortfall | null> {
  if (acting.channel === "window") return null; // no need to read the account
  const user = await db.user.findUnique({ where: { id: acting.applicantId }, select: { assurance: true } });
  return assuranceShortfall(acting.channel, user?.assurance ?? "phone", service.assurance);
}
