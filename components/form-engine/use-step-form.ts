"use client";
// The form state of one step: its values start from the saved (and prefilled) answers, and every validation runs
// the schema the server runs too (build-step-schema.ts), rebuilt for the current values because conditional fields
// depend on them.
import { useMemo } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { buildStepSchema } from "@/lib/form-engine/build-step-schema";
import { fieldVisible } from "@/lib/form-engine/journey";
import { kindOf } from "@/lib/form-engine/field-kinds/field-schema";
import type { Answers, Channel, StepDef } from "@/lib/form-engine/types";

export type Values = Record<string, unknown>;

export function useStepForm(opts: {
  step: StepDef;
  answers: Answers;
  channel: Channel;
  today: string;
  masks?: string[];
}) {
  const { step, answers, channel, today, masks } = opts;
  const defaults = useMemo(
    () => Object.fromEntries(step.fields.map((f) => [f.name, answers[f.name] ?? kindOf(f).empty(f)])),
    [step, answers],
  );
  const form = useForm<Values>({
    defaultValues: defaults,
    shouldFocusError: false,
    resolver: ((values: Values, ctx: unknown, o: unknown) =>
      zodResolver(buildStepSchema(step, { ...answers, ...values }, channel, { today, masks }) as never)(
        values,
        ctx,
        o as never,
      )) as Resolver<Values>,
  });
  const values = useWatch({ control: form.control }) as Values;
  const current = { ...answers, ...values };
  const visible = step.fields.filter((f) => fieldVisible(f, current, channel));
  return { form, defaults, current, visible };
}
