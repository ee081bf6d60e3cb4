// Where a prefilled value came from, in words a resident understands ("from your profile · verified with the
// population registry"). Pure: the view turns the keys into text (form:source.*).
import type { PrefillSource } from "@/lib/form-engine/types";

export type FieldProvenance = { source: "self" | "clerk" | "registry"; verified: boolean };

export type SourceHow = "registryVerified" | "registry" | "clerkVerified" | "clerk" | "self" | "account" | "idNumber";
export type SourceDescription = { origin: "profile" | "household"; how?: SourceHow };

export function howOf(p: FieldProvenance): SourceHow {
  if (p.source === "registry") return p.verified ? "registryVerified" : "registry";
  if (p.source === "clerk") return p.verified ? "clerkVerified" : "clerk";
  return "self";
}

/** All members came the same way: say how; otherwise say only that they are the household list's. */
export function describeHousehold(members: readonly FieldProvenance[]): SourceDescription {
  const hows = new Set(members.map(howOf));
  return hows.size === 1 ? { origin: "household", how: [...hows][0] } : { origin: "household" };
}

/**
 * @param fields provenance rows of the profile, by profile field name
 * @param household provenance of the household members that were filled in
 */
export function describePrefillSource(
  source: PrefillSource,
  fields: Readonly<Record<string, FieldProvenance | undefined>>,
  household: readonly FieldProvenance[] = [],
): SourceDescription {
  switch (source) {
    case "birthDate":
    case "gender":
      // Derived, never asked: they are read from the ID number.
      return { origin: "profile", how: "idNumber" };
    case "householdMembers":
      return describeHousehold(household);
    case "member.relation":
    case "member.name":
    case "member.idNumber":
      return { origin: "household" };
    default: {
      const p = fields[source];
      // Name and mobile without a provenance row are the account's own, given at registration.
      if (!p)
        return source === "fullName" || source === "mobile"
          ? { origin: "profile", how: "account" }
          : { origin: "profile" };
      return { origin: "profile", how: howOf(p) };
    }
  }
}

/** The keys of the words, in order ("form:source.profile", "form:source.registryVerified"). */
export function sourceKeys(d: SourceDescription): string[] {
  return [`form:source.${d.origin}`, ...(d.how ? [`form:source.${d.how}`] : [])];
}
