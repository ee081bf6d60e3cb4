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

/** Three factors (运营商三要素): name and ID number match the registry, and the account's own mobile, proved by a
 * code, is the number registered to that identity with the carrier. Name and ID number alone are no proof: anyone
 * who knows them (a relative, a leaked list) could otherwise claim the identity online. */
export function confirmsIdentity(
  person: RegistryPerson | null,
  typed: { idNumber?: unknown; fullName?: unknown },
  accountMobile: string | null | undefined,
): boolean {
  return matchesRegistry(person, typed) && !!person!.mobile && !!accountMobile && person!.mobile === accountMobile;
}

/** The one reply, online, for an identity not confirmed: not in the registry, another name, not the registered
 * mobile, or an ID number another account holds. Telling these apart would tell who is registered or has an account. */
export const identityNotConfirmed = "account:verify.mismatch";
