// Every audited action is one of these, with a payload schema each, so the audit log stays queryable.
import { z } from "zod";
import { assuranceLevels } from "@/lib/accounts/assurance";

export const auditPayloads = {
  "auth.sign_in": z.object({
    audience: z.enum(["resident", "staff", "terminal"]),
    method: z.enum(["password", "code", "password+totp"]).optional(),
  }),
  "auth.sign_in_failed": z.object({
    audience: z.enum(["resident", "staff"]),
    login: z.string(),
    reason: z.enum(["invalid", "locked"]),
  }),
  "auth.locked": z.object({ audience: z.enum(["resident", "staff"]), login: z.string(), until: z.string() }),
  "auth.sign_out": z.object({}),
  // Staff second factor: a wrong or replayed code, a lock, and who enrolled whose authenticator.
  "auth.second_factor_failed": z.object({ reason: z.enum(["invalid", "locked", "not_enrolled"]) }),
  "auth.second_factor_enrolment_started": z.object({ staffId: z.string() }),
  "auth.second_factor_enrolled": z.object({ staffId: z.string() }),
  // Resident accounts: registration, real-name verification, passwords, the mobile number, sessions.
  "account.code_sent": z.object({ purpose: z.enum(["phone-sign-in", "password-reset", "change-mobile"]) }),
  "account.registered": z.object({}),
  "account.real_name_verified": z.object({}),
  "account.real_name_failed": z.object({ reason: z.enum(["mismatch", "mobile", "held", "otherId"]) }),
  "account.password_set": z.object({ how: z.enum(["first", "change", "reset"]) }),
  "account.mobile_changed": z.object({ from: z.string(), to: z.string() }),
  "account.sessions_ended": z.object({ count: z.number().int() }),
  "preferences.text_size": z.object({ size: z.enum(["standard", "large"]) }),
  "upload.read_by_staff": z.object({ uploadId: z.string() }),
  "application.read_by_staff": z.object({}),
  "profile.view": z.object({ masked: z.literal(true) }),
  "access.denied": z.object({ what: z.enum(["application", "upload", "export"]) }),
  "profile.reveal": z.object({ field: z.string(), reason: z.string().min(2).max(200) }),
  "profile.export": z.object({}),
  "profile.correction_requested": z.object({ text: z.string().min(1).max(500) }),
  // Window channel (一窗受理): every step a clerk takes for a resident, with the window it happened at.
  "window.session_opened": z.object({ windowNo: z.string() }),
  "window.consent_code_sent": z.object({ windowNo: z.string() }),
  "window.consent_given": z.object({
    windowNo: z.string(),
    method: z.enum(["sms_code", "signature"]),
    signatureRef: z.string().max(40).optional(),
  }),
  "window.consent_failed": z.object({ windowNo: z.string(), reason: z.string() }),
  "window.session_ended": z.object({ windowNo: z.string() }),
  "window.resident_registered": z.object({ windowNo: z.string(), verifiedFields: z.array(z.string()) }),
  /** 现场核验: the clerk saw the original ID card and raised the resident's assurance level from `from`. */
  "window.verified_in_person": z.object({ windowNo: z.string(), from: z.enum(assuranceLevels) }),
  "window.signed_forms_sampled": z.object({ sessions: z.array(z.string()) }),
  "window.signed_form_read": z.object({ windowNo: z.string() }),
  "application.saved_on_behalf": z.object({ windowNo: z.string(), applicationId: z.string(), stepId: z.string() }),
  "application.submitted_on_behalf": z.object({
    windowNo: z.string(),
    applicationId: z.string(),
    reference: z.string(),
  }),
  // A life-event bundle (高效办成一件事) submitted: its reference and each member application's reference.
  "bundle.submitted": z.object({
    bundle: z.string(),
    reference: z.string(),
    members: z.array(z.object({ key: z.string(), reference: z.string() })),
    windowNo: z.string().optional(),
  }),
  "application.result_handed_over": z.object({ windowNo: z.string(), applicationId: z.string() }),
  // Scheduled work (lib/jobs/tasks/), actor "system": a status change nobody signed in made (a 容缺 pledge past its
  // due date), and a deadline warning raised for the responsible department's reviewers.
  "application.moved_by_system": z.object({
    event: z.string(),
    from: z.string(),
    to: z.string(),
    materials: z.array(z.string()).optional(),
  }),
  "application.deadline_warned": z.object({ kind: z.enum(["near", "passed"]), deadline: z.string() }),
  "upload.on_behalf": z.object({ windowNo: z.string(), field: z.string() }),
  // A file refused by the virus scan (lib/security/virus-scan.ts), or refused because no scanner answered.
  "upload.infected": z.object({ field: z.string(), name: z.string(), signature: z.string().nullable() }),
  "upload.scan_unavailable": z.object({ field: z.string(), name: z.string(), signature: z.string().nullable() }),
  // Stored files no application needs any more, deleted by the clean-up (lib/applications/uploads/clean-up-uploads.ts).
  "upload.cleaned_up": z.object({ files: z.number().int(), reason: z.enum(["not_in_answers", "draft_abandoned"]) }),
  // Self-service terminal: sign-in by ID number and a code sent to the phone on record.
  "terminal.code_sent": z.object({}),
  // The audit log itself: an admin's search (with its filters), and rows moved to the archive after retention.
  "audit.searched": z.object({
    filters: z.object({
      action: z.string().optional(),
      actorId: z.string().optional(),
      subject: z.string().optional(),
      from: z.string().optional(),
      to: z.string().optional(),
    }),
    page: z.enum(["first", "next"]),
  }),
  "audit.archived": z.object({
    count: z.number().int(),
    throughId: z.string(),
    throughHash: z.string().nullable(),
    before: z.string(),
  }),
  // Backups (lib/backup/): taken (recorded before the snapshot, so the backup holds its own record) and restored
  // (recorded after the restored chain was verified, so it is the first row after the backup's head).
  "backup.taken": z.object({ backup: z.string(), operator: z.string() }),
  "backup.restored": z.object({ backup: z.string(), takenAt: z.string(), head: z.string(), operator: z.string() }),
  // Registered hall terminals (lib/terminal/manage-terminal-devices.ts): an admin issues and revokes device keys.
  "terminal.device_issued": z.object({ name: z.string() }),
  "terminal.device_revoked": z.object({ name: z.string() }),
  "terminal.device_enrolled": z.object({ name: z.string() }),
  // What failed after the fact, settled by an administrator in "needs action" (lib/operations/).
  "operations.message_retried": z.object({ outboxId: z.string(), kind: z.string() }),
  "operations.message_resolved": z.object({ outboxId: z.string(), kind: z.string(), note: z.string() }),
  "operations.job_retried": z.object({ job: z.string(), jobId: z.string() }),
  "operations.job_dismissed": z.object({ job: z.string(), jobId: z.string(), note: z.string() }),
  // Service evaluation (好差评, lib/evaluation/): a rating given or changed, in which channel; a rectification case's
  // response, the resident's verdict, and its escalation when overdue; the rating screen paired with a window.
  "evaluation.recorded": z.object({
    channel: z.enum(["online", "window", "terminal", "sms"]),
    score: z.number().int().min(1).max(5),
    changed: z.boolean(),
    caseOpened: z.boolean(),
  }),
  "evaluation.screen_paired": z.object({ windowNo: z.string() }),
  "evaluation.screen_asked": z.object({ windowNo: z.string(), windowSessionId: z.string() }),
  "rectification.responded": z.object({ caseId: z.string() }),
  "rectification.verdict": z.object({ caseId: z.string(), verdict: z.enum(["confirmed", "disputed"]) }),
  "rectification.escalated": z.object({ caseId: z.string(), dueBy: z.string() }),
  // The performance dashboard: a table downloaded as CSV (what, for which department scope and period).
  "dashboard.exported": z.object({ table: z.string(), scope: z.string(), period: z.string() }),
} as const;

export type AuditAction = keyof typeof auditPayloads;
export type AuditPayload<A extends AuditAction> = z.infer<(typeof auditPayloads)[A]>;
