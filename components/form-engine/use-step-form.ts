"use client";
// The form state of one step: its values start from the saved (and prefilled) answers, and every validation runs
// the schema the server runs too (build-step-schema.ts), rebuilt for the current values because conditional fields
// depend on them. The schema (zod and every field kind's module, ~35 kB gzip) is loaded after the page has shown,
// not with it: the first validation awaits it (it is fetched as soon as the form is on screen), and the empty values
// come from the kinds' traits the server gave (kind-traits.tsx).
import { useEffect, useMemo } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { fieldVisible } from "@/lib/form-engine/journey";
import { emptyValue } from "@/lib/form-engine/field-kinds/traits";
import type { Answers, Channel, StepDef } from "@/lib/form-engine/types";
import { useKindTraits } from "./kind-traits";

type Validation = [typeof import("@hookform/resolvers/zod"), typeof import("@/lib/form-engine/build-step-schema")];
let validation: Promise<Validation> | undefined;
/** The resolver and the step schema, loaded once per page (and again after a failed load). */
function loadValidation() {
  validation ??= Promise.all([import("@hookform/resolvers/zod"), import("@/lib/form-engine/build-step-schema")]).catch(
    (e: unknown) => {
      validation = undefined;
      throw e;
    },
  );
  return validation;
}

export type Values = Record<string, unknown>;

export function useStepForm(opts: {
  step: StepDef;
  answers: Answers;
  channel: Channel;
  today: string;
  masks?: string[];
}) {
  const { step, answers, channel, today, masks } = opts;
  const traits = useKindTraits();
  const defaults = useMemo(
    () => Object.fromEntries(step.fields.map((f) => [f.name, answers[f.name] ?? emptyValue(traits, f.kind)])),
    [step, answers, traits],
  );
  useEffect(() => void loadValidation().catch(() => {}), []);
  const form = useForm<Values>({
    defaultValues: defaults,
    shouldFocusError: false,
    resolver: (async (values: Values, ctx: unknown, o: unknown) => {
      const [{ zodResolver }, { buildStepSchema }] = await loadValidation();
      return zodResolver(buildStepSchema(step, { ...answers, ...values }, channel, { today, masks }) as never)(
        values,
        ctx,
        o as never,
      );
    }) as Resolver<Values>,
  });
  const values = useWatch({ control: form.control }) as Values;
  const current = { ...answers, ...values };
  const visible = step.fields.filter((f) => fieldVisible(f, current, channel));
  return { form, defaults, current, visible };
}
