// Every audited action is one of these, with a payload schema each, so the audit log stays queryable.
import { z } from "zod";

export const auditPayloads = {
  "auth.sign_in": z.object({ audience: z.enum(["resident", "staff"]) }),
  "auth.sign_in_failed": z.object({ audience: z.enum(["resident", "staff"]), login: z.string(), reason: z.enum(["invalid", "locked"]) }),
  "auth.locked": z.object({ audience: z.enum(["resident", "staff"]), login: z.string(), until: z.string() }),
  "auth.sign_out": z.object({}),
  "preferences.text_size": z.object({ size: z.enum(["standard", "large"]) }),
  "upload.read_by_staff": z.object({ uploadId: z.string() }),
  "profile.view": z.object({ masked: z.literal(true) }),
  "access.denied": z.object({ what: z.enum(["application", "upload"]) }),
  "profile.reveal": z.object({ field: z.string(), reason: z.string().min(2).max(200) }),
  "profile.export": z.object({}),
  "profile.correction_requested": z.object({ text: z.string().min(1).max(500) }),
} as const;

export type AuditAction = keyof typeof auditPayloads;
export type AuditPayload<A extends AuditAction> = z.infer<(typeof auditPayloads)[A]>;
