// Pure: does what the resident typed match the registry? Only then are name and ID number marked verified.
import type { RegistryPerson } from "./population-registry";
import { normalizePersonName } from "@/lib/validators/person-name";

export function matchesRegistry(
  person: RegistryPerson | null,
  typed: { idNumber?: unknown; fullName?: unknown },
): boolean {
  if (!person || typeof typed.idNumber !== "string" || typeof typed.fullName !== "string") return false;
  return (
    person.idNumber === typed.idNumber.toUpperCase() &&
    normalizePersonName(person.fullName) === normalizePersonName(typed.fullName)
  );
}
