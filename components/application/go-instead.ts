import { notFound, redirect } from "next/navigation";
import type { Refused } from "@/lib/applications/draft/open-draft";
import { applyPath, consentPath, receiptPath, type Where } from "@/lib/applications/paths";

/** Where a use case said the person belongs instead of the page asked for (the page only follows). */
export function goInstead(where: Where, slug: string, refused: Pick<Refused, "go"> | Refused): never {
  const { go } = refused;
  // Submitted a moment ago (the answer to the submit may never have arrived): its receipt.
  if (go === "submitted" && "applicationId" in refused) redirect(receiptPath(where, refused.applicationId));
  if (go === "consent") redirect(consentPath(where, slug));
  // The start page asks the use case again and explains what is missing (assurance) or opens the draft (start).
  if (go === "start" || go === "assurance") redirect(applyPath(where, slug));
  notFound();
}
