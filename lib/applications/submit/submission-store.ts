// What submitting needs from storage, as an interface, so the idempotency rule is unit-tested without a database
// and the Prisma implementation stays a thin adapter.
import type { Answers, Channel, ServiceDef } from "@/lib/form-engine/types";
import type { AssuranceLevel } from "@/lib/accounts/assurance";

export type SubmittableApplication = {
  id: string;
  status: string;
  /** The compare-and-set token of the one writer (write-transition.ts). */
  version: number;
  reference: string | null;
  answers: Answers;
  channel: Channel;
};

export type SubmitChanges = {
  /** The version the draft was validated at: a save that lands in between makes the submit re-read it. */
  version: number;
  /** From the applicant step, stored as columns (the queue and public tracking read these, not the answers). */
  applicantName: string;
  applicantIdTail: string;
  reference: string;
  submittedAt: Date;
  promisedBy: string;
  legalBy: string;
  acceptBy: string;
  departments: string[];
  serviceSlug: string;
  pending: { material: string; dueBy: string }[];
  actor: { id: string; role: string };
  /** Entered by a clerk for the resident: where and by whom (shown in the resident's timeline). */
  onBehalf?: OnBehalf;
  /** At the window: the audit row ("submitted on behalf") is written in the same transaction as the submission. */
  audit?: { clerk: { id: string; role: string }; residentId: string; windowNo: string };
};

export type OnBehalf = { windowNo: string; staffId: string };

export interface SubmissionStore {
  /** The applicant's own application of this item, or null. */
  find(applicantId: string, serviceCode: string, id: string): Promise<SubmittableApplication | null>;
  /** The "submit" transition through the one writer, atomically with its audit row and notification. False when it
   * was no longer this draft (submitted meanwhile, or changed by a save since it was validated). */
  markSubmitted(id: string, changes: SubmitChanges): Promise<boolean>;
  /** Sensitive-data categories the item needs that the applicant has not consented to (or has revoked). */
  missingConsents(applicantId: string, service: ServiceDef): Promise<string[]>;
  /** How sure the portal is who the applicant is (their account's level, read now, not from the sign-in). */
  assuranceOf(applicantId: string): Promise<AssuranceLevel>;
  /** Of these upload ids, those that are not files of this application uploaded by its applicant. */
  foreignUploads(applicationId: string, applicantId: string, uploadIds: string[]): Promise<string[]>;
}
