// Every audited action is one of these, with a payload schema each, so the audit log stays queryable.
import { z } from "zod";

export const auditPayloads = {
  "auth.sign_in": z.object({ audience: z.enum(["resident", "staff", "terminal"]) }),
  "auth.sign_in_failed": z.object({
    audience: z.enum(["resident", "staff"]),
    login: z.string(),
    reason: z.enum(["invalid", "locked"]),
  }),
  "auth.locked": z.object({ audience: z.enum(["resident", "staff"]), login: z.string(), until: z.string() }),
  "auth.sign_out": z.object({}),
  "preferences.text_size": z.object({ size: z.enum(["standard", "large"]) }),
  "upload.read_by_staff": z.object({ uploadId: z.string() }),
  "application.read_by_staff": z.object({}),
  "profile.view": z.object({ masked: z.literal(true) }),
  "access.denied": z.object({ what: z.enum(["application", "upload"]) }),
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
  "application.saved_on_behalf": z.object({ windowNo: z.string(), applicationId: z.string(), stepId: z.string() }),
  "application.submitted_on_behalf": z.object({
    windowNo: z.string(),
    applicationId: z.string(),
    reference: z.string(),
  }),
  "application.result_handed_over": z.object({ windowNo: z.string(), applicationId: z.string() }),
  "upload.on_behalf": z.object({ windowNo: z.string(), field: z.string() }),
  // Self-service terminal: sign-in by ID number and a code sent to the phone on record.
  "terminal.code_sent": z.object({}),
} as const;

export type AuditAction = keyof typeof auditPayloads;
export type AuditPayload<A extends AuditAction> = z.infer<(typeof auditPayloads)[A]>;
