// Use case: open the draft behind a step or the review page, for whoever acts. The page shows it only when the
// rules allow, and otherwise learns where the person belongs instead (the pages only render; the rules are here):
// - the item exists and is offered in this channel (else "not found");
// - a resident online or at a kiosk is verified to the level the item needs (else the start page, which says what
//   is missing and how to get it), before any consent is asked for;
// - every sensitive-data consent the item needs is given (revoked in another tab → back to the consent page);
// - the draft is the applicant's own (read by Acting's applicantId, never by an id from the request) and was last
//   opened through this channel (a draft handed over to the window is re-opened there by the start page);
// - no draft, but this item was submitted by the applicant a moment ago: its receipt. A reload of the review page
//   after a submission whose answer never arrived (the server died after the commit, the network dropped) must say
//   "submitted", not open a new empty form that invites a second application.
import "server-only";
import type { ServiceDef } from "@/lib/form-engine/types";
import { getService } from "@/lib/services";
import { consentsMissing } from "@/lib/profile/consents";
import type { Acting } from "../acting";
import { getDraft, justSubmitted } from "./get-draft";
import { missingAssurance } from "./missing-assurance";
import type { AssuranceShortfall } from "./assurance-rule";

export type Draft = NonNullable<Awaited<ReturnType<typeof getDraft>>>;

/** Where a person goes instead of the page they asked for. */
export type NotOpen = "notFound" | "consent" | "start" | "assurance" | "submitted";

/** How long after a submission the form's pages send the applicant to its receipt instead of a new form. */
export const JUST_SUBMITTED_MINUTES = 30;

/** Not opened: where to go instead; for "assurance" also what is missing (the start page explains it). */
export type Refused =
  | { ok: false; go: Exclude<NotOpen, "assurance" | "submitted"> }
  | ({ ok: false; go: "assurance" } & AssuranceShortfall)
  | { ok: false; go: "submitted"; applicationId: string };

export type OpenDraft = { ok: true; service: ServiceDef; draft: Draft } | Refused;

export async function openDraft(acting: Pick<Acting, "applicantId" | "channel">, slug: string): Promise<OpenDraft> {
  const service = offeredService(acting, slug);
  if (!service) return { ok: false, go: "notFound" };
  const short = await missingAssurance(acting, service);
  if (short) return { ok: false, go: "assurance", ...short };
  if ((await consentsMissing(acting.applicantId, service)).length) return { ok: false, go: "consent" };
  const draft = await getDraft(acting.applicantId, service.code);
  if (!draft) {
    const submitted = await justSubmitted(acting.applicantId, service.code, JUST_SUBMITTED_MINUTES);
    return submitted ? { ok: false, go: "submitted", applicationId: submitted } : { ok: false, go: "start" };
  }
  if (draft.channel !== acting.channel) return { ok: false, go: "start" };
  return { ok: true, service, draft };
}

/** The item, when it exists and is offered in the channel Acting names. */
export function offeredService(acting: Pick<Acting, "channel">, slug: string): ServiceDef | null {
  const service = getService(slug);
  return service && service.channels.includes(acting.channel) ? service : null;
}
