// Masked by construction: a screen others may see (a clerk's window, a hall kiosk) gets identifiers masked from the
// server, never the full value hidden by CSS. A step's inputs then hold the mask; posted back unchanged, the mask
// stands for the value the server already holds (the draft's answer or the profile's fact), which the save puts
// back before validating. A new value typed over the mask is validated as usual. Pure: unit-tested.
import { maskBankCard, maskIdNumber, maskMobile } from "@/lib/format/mask";
import type { Answers, Channel, FieldDef, ServiceDef } from "./types";

const maskers: Partial<Record<FieldDef["kind"], (value: string) => string>> = {
  idNumber: maskIdNumber,
  mobile: maskMobile,
  bankCard: maskBankCard,
};

/** Channels whose screen is not the resident's own device. */
export const maskedChannels: readonly Channel[] = ["window", "terminal"];

export const isMaskedChannel = (channel: Channel) => maskedChannels.includes(channel);

/** The answers as such a screen may receive them, and the masks sent (field name → mask) for the form's schema. */
export function maskAnswers(
  service: ServiceDef,
  answers: Answers,
  channel: Channel,
): { answers: Answers; masks: Record<string, string> } {
  if (!isMaskedChannel(channel)) return { answers, masks: {} };
  const out: Answers = { ...answers };
  const masks: Record<string, string> = {};
  for (const field of service.steps.flatMap((s) => s.fields)) {
    const mask = maskers[field.kind];
    const value = answers[field.name];
    if (!mask || typeof value !== "string" || !value) continue;
    out[field.name] = masks[field.name] = mask(value);
  }
  return { answers: out, masks };
}

/**
 * Puts back what a mask stands for: a posted value equal to the mask of exactly one value the server holds for that
 * field (`known`) becomes that value. Anything else stays as posted (and is validated as typed input).
 */
export function unmaskValues(
  fields: readonly FieldDef[],
  posted: Record<string, unknown>,
  known: (field: FieldDef) => readonly (string | undefined)[],
): Record<string, unknown> {
  const out = { ...posted };
  for (const field of fields) {
    const mask = maskers[field.kind];
    const value = posted[field.name];
    if (!mask || typeof value !== "string" || !value.includes("*")) continue;
    const matches = [
      ...new Set(known(field).filter((k): k is string => typeof k === "string" && k !== "" && mask(k) === value)),
    ];
    if (matches.length === 1) out[field.name] = matches[0];
  }
  return out;
}
