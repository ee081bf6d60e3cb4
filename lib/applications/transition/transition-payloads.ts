// What each staff or resident action must carry, one zod schema per event. Texts shown to the resident are codes
// with localized wording (reasons, legal basis from the service item, delivery methods), so a Uyghur reader never
// gets a reviewer's Chinese sentence in place of a reason; a free note is optional and shown as typed (lang-marked).
import { z } from "zod";
import type { EventType } from "./status-machine";

export const reasonCodes = ["not-eligible", "not-in-scope", "materials-untrue", "duplicate", "other"] as const;
export const deliveryMethods = ["window", "post", "electronic"] as const;

const note = z
  .string()
  .trim()
  .max(500, "validation:tooLong")
  .optional()
  .transform((v) => v || undefined);

const reasoned = z
  .object({ reason: z.enum(reasonCodes, { message: "workbench:errors.reason" }), note })
  .refine((v) => v.reason !== "other" || !!v.note, { message: "workbench:errors.noteForOther", path: ["note"] });

export const transitionPayloads = {
  accept: z.object({ note }),
  refuse_intake: reasoned,
  request_supplement: z.object({
    materials: z.array(z.string().min(1)).min(1, "workbench:errors.materials"),
    note,
  }),
  pledge_overdue: z.object({ note }),
  resubmit: z.object({ note }),
  approve_part: z.object({ note }),
  refuse: z
    .object({
      reason: z.enum(reasonCodes, { message: "workbench:errors.reason" }),
      legalBasis: z.coerce.number().int().min(0, "workbench:errors.legalBasis"),
      note,
    })
    .refine((v) => v.reason !== "other" || !!v.note, { message: "workbench:errors.noteForOther", path: ["note"] }),
  issue_result: z
    .object({
      delivery: z.enum(deliveryMethods, { message: "workbench:errors.delivery" }),
      trackingNumber: z
        .string()
        .trim()
        .toUpperCase()
        .optional()
        .transform((v) => v || undefined),
      note,
    })
    .refine((v) => v.delivery !== "post" || /^[A-Z0-9]{8,20}$/.test(v.trackingNumber ?? ""), {
      message: "workbench:errors.trackingNumber",
      path: ["trackingNumber"],
    }),
  close: z.object({ note }),
  // Withdrawing cannot be undone: the resident ticks a confirmation, checked here too (the form works without JS).
  withdraw: z.object({ confirm: z.literal("yes", { message: "tracking:withdraw.confirmRequired" }), note }),
  undo_submit: z.object({}),
  // Never through the transition use case: submitting validates the whole draft first (submit-application.ts).
  submit: z.never(),
} satisfies Record<EventType, z.ZodType>;

export type TransitionPayload<E extends EventType> = z.infer<(typeof transitionPayloads)[E]>;
