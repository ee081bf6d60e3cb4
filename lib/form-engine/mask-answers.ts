// Masked by construction: a screen others may see (a clerk's window, a hall kiosk) gets identifiers masked from the
// server, never the full value hidden by CSS. A step's inputs then hold the mask; posted back unchanged, the mask
// stands for the value the server already holds (the draft's answer or the profile's fact), which the save puts
// back before validating. A new value typed over the mask is validated as usual. Pure: unit-tested.
import { maskBankCard, maskIdNumber, maskMobile } from "@/lib/format/mask";
import { birthDateFromId } from "@/lib/validators/id-number";
import type { Answers, Channel, FieldDef, GroupField, ServiceDef } from "./types";

const maskers: Partial<Record<FieldDef["kind"], (value: string) => string>> = {
  idNumber: maskIdNumber,
  mobile: maskMobile,
  bankCard: maskBankCard,
};

/** Kinds whose values a shared screen gets masked. */
export const isMaskedKind = (kind: FieldDef["kind"]) => kind in maskers;

/** Channels whose screen is not the resident's own device. */
export const maskedChannels: readonly Channel[] = ["window", "terminal"];

export const isMaskedChannel = (channel: Channel) => maskedChannels.includes(channel);

function maskItem(fields: readonly FieldDef[], item: Answers, masks: Set<string>): Answers {
  const out: Answers = { ...item };
  for (const field of fields) {
    const mask = maskers[field.kind];
    const value = item[field.name];
    if (!mask || typeof value !== "string" || !value) continue;
    out[field.name] = mask(value);
    masks.add(out[field.name] as string);
  }
  return out;
}

/**
 * The answers as such a screen may receive them (identifiers masked, also inside groups such as the household
 * members), and every mask sent, which the form's schema in the browser accepts as it is.
 */
export function maskAnswers(
  service: ServiceDef,
  answers: Answers,
  channel: Channel,
): { answers: Answers; masks: string[] } {
  if (!isMaskedChannel(channel)) return { answers, masks: [] };
  const masks = new Set<string>();
  const fields = service.steps.flatMap((s) => s.fields);
  const out = maskItem(fields, answers, masks);
  for (const group of fields.filter((f): f is GroupField => f.kind === "group")) {
    const items = answers[group.name];
    if (Array.isArray(items))
      out[group.name] = items.map((item) =>
        item && typeof item === "object" ? maskItem(group.fields, item as Answers, masks) : item,
      );
  }
  return { answers: out, masks: [...masks] };
}

/** A household member as a shared screen may receive them: the ID number masked, its birth date read beforehand
 * (the picker fills a birth date field from it). */
export function maskMember<M extends { idNumber: string }>(member: M): M & { birthDate?: string } {
  return { ...member, idNumber: maskIdNumber(member.idNumber), birthDate: birthDateFromId(member.idNumber) };
}

/**
 * Puts back what a mask stands for: a posted value equal to the mask of exactly one value the server holds for that
 * field (`known`; for a field inside a group, `group` is the group) becomes that value. Anything else stays as posted
 * (and is validated as typed input).
 */
export function unmaskValues(
  fields: readonly FieldDef[],
  posted: Record<string, unknown>,
  known: (field: FieldDef, group?: GroupField) => readonly (string | undefined)[],
): Record<string, unknown> {
  const out = { ...posted };
  for (const field of fields) {
    if (field.kind === "group") {
      const items = posted[field.name];
      if (Array.isArray(items))
        out[field.name] = items.map((item) =>
          item && typeof item === "object"
            ? unmaskValues(field.fields, item as Record<string, unknown>, (sub) => known(sub, field))
            : item,
        );
      continue;
    }
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
