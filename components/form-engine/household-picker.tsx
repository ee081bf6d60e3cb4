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
import { FieldShell, inputClass } from "./field-shell";

/** A member as offered: the facts, the option's text, and where the member's facts came from. */
export type PickMember = PickableMember & { label: string; note: string };

/** The fields that hold a picked member's values, with that member's source note. */
export function pickedNotes(step: StepDef, pick: HouseholdPick, members: PickMember[], answers: Answers, ctx: SchemaContext): Record<string, string> {
  const i = pickedMember(step, pick, members, answers, ctx);
  if (i < 0) return {};
  return Object.fromEntries(Object.keys(pickValues(step, pick, members[i]!, ctx)).map((name) => [name, members[i]!.note]));
}

type Props = {
  step: StepDef;
  pick: HouseholdPick;
  members: PickMember[];
  form: UseFormReturn<Record<string, unknown>>;
  answers: Answers;
  today: string;
  locale: Locale;
};

export function HouseholdPicker({ step, pick, members, form, answers, today }: Props) {
  const { t } = useTranslation("form");
  const values = { ...answers, ...(useWatch({ control: form.control }) as Answers) };
  const ctx = { today };
  const current = pickedMember(step, pick, members, values, ctx);
  const [other, setOther] = useState(false);
  const [announced, setAnnounced] = useState("");
  const typed = typeof values[pick.name] === "string" && (values[pick.name] as string).trim() !== "";
  const selected = current >= 0 ? `m${current}` : other || typed ? "other" : "";
  const id = `f-pick-${pick.name}`;

  function choose(v: string) {
    const set = (patch: Answers) => {
      for (const [name, value] of Object.entries(patch)) form.setValue(name, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    };
    if (current >= 0) set(unpickValues(step, pick, members[current]!, values, ctx));
    const m = v.startsWith("m") ? members[Number(v.slice(1))] : undefined;
    if (m) set(pickValues(step, pick, m, ctx));
    setOther(v === "other");
    setAnnounced(m ? t("householdPick.filled", { name: m.name }) : "");
  }

  return (
    <FieldShell id={id} label={t("householdPick.label")} hint={t("householdPick.hint")}>
      <select id={id} aria-describedby={`${id}-hint`} className={inputClass()} value={selected} onChange={(e) => choose(e.target.value)}>
        <option value="">{t("select")}</option>
        {members.map((m, i) => <option key={m.idNumber} value={`m${i}`}>{m.label}</option>)}
        <option value="other">{t("householdPick.other")}</option>
      </select>
      <p role="status" className="sr-only">{announced}</p>
    </FieldShell>
  );
}
