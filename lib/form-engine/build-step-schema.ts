// One schema per step, built from the step's visible fields. The same function runs in the browser (react-hook-form
// resolver) and on the server (re-validation before saving): there is never a second definition of a form.
import { z } from "zod";
import { fieldSchema } from "./field-kinds/field-schema";
import type { SchemaContext } from "./field-kinds/kind";
import { visibleFields } from "./journey";
import type { Answers, Channel, StepDef } from "./types";

/** `ctx.masks`: in the browser at the window or a kiosk, the masked identifiers the server sent (mask-answers.ts)
 * are accepted unchanged, also inside groups; the server puts the held values back before it validates. */
export function buildStepSchema(step: StepDef, answers: Answers, channel: Channel, ctx: SchemaContext) {
  const fields = visibleFields(step, answers, channel);
  return z.object(Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f, ctx)])));
}

// One formatter for the process: building an Intl.DateTimeFormat loads time-zone data and cost about a millisecond
// per call, paid several times by every submission and queue page (bench/submission.ts profile).
const shanghaiDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today's date in Asia/Shanghai as YYYY-MM-DD (dates in forms are judged in local time, not UTC). */
export function todayInShanghai(now = new Date()): string {
  return shanghaiDate.format(now);
}
