// What a hall kiosk (terminal) may show of the resident's own profile, pure: a public machine, with people queuing
// behind the screen, so identifiers are masked as staff see them before a reveal, and the street address is left
// out (the township and community stay: enough for the resident to recognise their own record).
import type { ProfileSnapshot } from "./profile-snapshot";
import { maskBankCard, maskIdNumber, maskMobile } from "@/lib/format/mask";

/** Keeps the last four characters, the rest stars (certificate numbers and other free-form identifiers). */
export function maskTail(value: string): string {
  const s = value.trim();
  return s.length <= 4 ? "*".repeat(s.length) : "*".repeat(s.length - 4) + s.slice(-4);
}

const masked = <T>(v: T | null | undefined, mask: (s: string) => string) => (typeof v === "string" && v ? mask(v) : v);

export function maskForKiosk(p: ProfileSnapshot): ProfileSnapshot {
  const address =
    p.address && typeof p.address === "object" && "detail" in p.address
      ? { ...(p.address as Record<string, unknown>), detail: "****" }
      : p.address;
  return {
    ...p,
    idNumber: masked(p.idNumber, maskIdNumber),
    mobile: masked(p.mobile, maskMobile),
    bankCard: masked(p.bankCard, maskBankCard),
    disabilityCertNumber: masked(p.disabilityCertNumber, maskTail),
    hukouAddress: masked(p.hukouAddress, (s) => (s.length <= 6 ? s : `${s.slice(0, 6)}****`)),
    address,
    householdMembers: p.householdMembers?.map((m) => ({ ...m, idNumber: maskIdNumber(m.idNumber) })),
  };
}
