// What the profile knows about a person, in the shape prefill reads. Pure types and derivations; loading is in
// load-profile-snapshot.ts.
import { birthDateOf, genderOf } from "@/lib/validators/id-number";

export type HouseholdMemberFacts = { relation: string; name: string; idNumber: string };

export type ProfileSnapshot = {
  fullName?: string | null;
  /** The name in Uyghur script, where the resident gave one (shown on Uyghur pages; not a prefill source yet). */
  fullNameUg?: string | null;
  idNumber?: string | null;
  mobile?: string | null;
  ethnicity?: string | null;
  address?: unknown;
  bankCard?: string | null;
  hukouAddress?: string | null;
  employer?: string | null;
  disabilityCertNumber?: string | null;
  householdMembers?: readonly HouseholdMemberFacts[];
};

/** Birth date and gender are never asked again: they are read from the ID number. */
export function derivedFacts(p: ProfileSnapshot): { birthDate?: string; gender?: "male" | "female" } {
  const id = p.idNumber ?? "";
  if (!/^\d{17}[\dX]$/.test(id)) return {};
  return { birthDate: birthDateOf(id) ?? undefined, gender: genderOf(id) };
}
