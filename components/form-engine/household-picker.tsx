"use client";
// "Choose from my household" before the fields about one other person: picking a member fills them, "someone
// else" leaves them to type. Not a form field itself (nothing of it is saved); the logic is lib/profile/household-pick.
import { useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Answers, HouseholdPick, StepDef } from "@/lib/form-engine/types";
import type { Locale } from "@/lib/i18n/config";
import type { SchemaContext } from "@/lib/form-engine/field-kinds/kind";
import { pickedMember, pickValues, unpickValues, type PickableMember } from "@/lib/profile/household-pick";
import { FieldShell } from "./field-shell";
import { langOfTyped } from "@/lib/i18n/text-lang";

/** A member as offered: the facts, the relation in the page's language, and where the member's facts came from. */
export type PickMember = PickableMember & { relationLabel: string; note: string };

/** The fields that hold a picked member's values, with that member's source note. */
export function pickedNotes(
  step: StepDef,
  pick: HouseholdPick,
  members: PickMember[],
  answers: Answers,
  ctx: SchemaContext,
): Record<string, string> {
  const i = pickedMember(step, pick, members, answers, ctx);
  if (i < 0) return {};
  return Object.fromEntries(
    Object.keys(pickValues(step, pick, members[i]!, ctx)).map((name) => [name, members[i]!.note]),
  );
}

type Props = {
  step: StepDef;
  pick: HouseholdPick;
  members: PickMember[];
  form: UseFormReturn<Record<string, unknown>>;
  answers: Answers;
  /** Today, and at the window and the kiosk the masks sent (a member's ID number arrives masked). */
  ctx: SchemaContext;
  locale: Locale;
};

export function HouseholdPicker({ step, pick, members, form, answers, ctx }: Props) {
  const { t } = useTranslation("form");
  const values = { ...answers, ...(useWatch({ control: form.control }) as Answers) };
  const current = pickedMember(step, pick, members, values, ctx);
  const [other, setOther] = useState(false);
  const typed = typeof values[pick.name] === "string" && (values[pick.name] as string).trim() !== "";
  const selected = current >= 0 ? `m${current}` : other || typed ? "other" : "";
  const id = `f-pick-${pick.name}`;

  function choose(v: string) {
    const set = (patch: Answers) => {
      for (const [name, value] of Object.entries(patch))
        form.setValue(name, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    };
    if (current >= 0) set(unpickValues(step, pick, members[current]!, values, ctx));
    const m = v.startsWith("m") ? members[Number(v.slice(1))] : undefined;
    if (m) set(pickValues(step, pick, m, ctx));
    setOther(v === "other");
  }

  // Radios, not a <select>: a member's name is in the language it was typed in (often Chinese on the Uyghur page),
  // and only an element inside a label can carry its own lang and direction (<bdi lang>); an <option> cannot.
  const option = (value: string, content: React.ReactNode, i?: number) => (
    <label key={value} className="flex items-center gap-3 min-h-11 py-1 text-lg cursor-pointer">
      <input
        id={i === 0 ? id : undefined}
        type="radio"
        name={`pick-${pick.name}`}
        value={value}
        checked={selected === value}
        onChange={() => choose(value)}
        className="size-6 shrink-0 accent-brand-700 cursor-pointer"
      />
      <span>{content}</span>
    </label>
  );
  return (
    <FieldShell id={id} label={t("householdPick.label")} hint={t("householdPick.hint")} group>
      {members.map((m, i) =>
        option(
          `m${i}`,
          <>
            <bdi lang={langOfTyped(m.name)}>{m.name}</bdi>
            {t("householdPick.relationSeparator")}
            {m.relationLabel}
          </>,
          i,
        ),
      )}
      {option("other", t("householdPick.other"))}
      {/* Derived from the values, not kept as state: it says what is filled for as long as it is. */}
      <p role="status" className="sr-only">
        {current >= 0 ? t("householdPick.filled", { name: members[current]!.name }) : ""}
      </p>
    </FieldShell>
  );
}
