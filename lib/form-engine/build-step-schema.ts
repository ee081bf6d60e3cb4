// One schema per step, built from the step's visible fields. The same function runs in the browser (react-hook-form
// resolver) and on the server (re-validation before saving): there is never a second definition of a form.
import { z } from "zod";
import { fieldSchema } from "./field-kinds/field-schema";
import type { SchemaContext } from "./field-kinds/kind";
import { visibleFields } from "./journey";
import type { Answers, Channel, StepDef } from "./types";
import { shanghaiDateOf } from "@/lib/calendar/shanghai-date";

/** `ctx.masks`: in the browser at the window or a kiosk, the masked identifiers the server sent (mask-answers.ts)
 * are accepted unchanged, also inside groups; the server puts the held values back before it validates. */
export function buildStepSchema(step: StepDef, answers: Answers, channel: Channel, ctx: SchemaContext) {
  const fields = visibleFields(step, answers, channel);
  return z.object(Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f, ctx)])));
}

/** Today's date in Asia/Shanghai as YYYY-MM-DD (dates in forms are judged in local time, not UTC). */
export function todayInShanghai(now = new Date()): string {
  return shanghaiDateOf(now);
}
