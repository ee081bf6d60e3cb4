// A rating as a person gives it, checked the same way in every channel: a score 1–5, reasons from the fixed list,
// an optional comment. Free text is trimmed and capped; reasons off the list are refused (not silently dropped), so
// a crafted post cannot count a reason that does not exist.
import { z } from "zod";
import { COMMENT_MAX, REASONS, SCORES } from "./evaluation-rules";

export const ratingInput = z.object({
  score: z.coerce
    .number()
    .int()
    .refine((n) => (SCORES as readonly number[]).includes(n)),
  reasons: z.array(z.enum(REASONS)).max(REASONS.length).default([]),
  comment: z
    .string()
    .trim()
    .max(COMMENT_MAX)
    .optional()
    .transform((c) => (c ? c : undefined)),
});

export type RatingInput = z.infer<typeof ratingInput>;
