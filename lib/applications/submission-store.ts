// What submitting needs from storage, as an interface, so the idempotency rule is unit-tested without a database
// and the Prisma implementation stays a thin adapter.
import type { Answers, Channel, ServiceDef } from "@/lib/form-engine/types";

export type SubmittableApplication = {
  id: string;
  status: string;
  reference: string | null;
  answers: Answers;
  channel: Channel;
};

export type SubmitChanges = {
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
  /** Compare-and-set draft → submitted plus the "submitted" event, atomically. False when it was no longer a draft. */
  markSubmitted(id: string, changes: SubmitChanges): Promise<boolean>;
  referenceOf(id: string): Promise<string | null>;
  /** Sensitive-data categories the item needs that the applicant has not consented to (or has revoked). */
  missingConsents(applicantId: string, service: ServiceDef): Promise<string[]>;
  /** Of these upload ids, those that are not files of this application uploaded by its applicant. */
  foreignUploads(applicationId: string, applicantId: string, uploadIds: string[]): Promise<string[]>;
}
