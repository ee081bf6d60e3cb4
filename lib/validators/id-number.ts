// Resident ID numbers (居民身份证号码), GB 11643-1999: 6-digit region code, 8-digit birth date, 3-digit sequence
// (odd = male, even = female), and a MOD 11-2 check digit (0-9 or X).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export type IdNumberProblem = "format" | "birthDate" | "checksum";

export function normalizeIdNumber(raw: string): string {
  return raw.replace(/\s+/g, "").toUpperCase();
}

export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

/** Birth date inside the number, as YYYY-MM-DD, or null when it is not a real date. */
/** The birth date of a well-formed 18-character ID number; undefined for anything else (a mask, a typo). */
export function birthDateFromId(id: string): string | undefined {
  return /^\d{17}[\dX]$/.test(id) ? (birthDateOf(id) ?? undefined) : undefined;
}

export function birthDateOf(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d || y < 1900) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

export function genderOf(id: string): "male" | "female" {
  return Number(id[16]) % 2 === 1 ? "male" : "female";
}

/** null when valid; otherwise what is wrong. `today` is YYYY-MM-DD in Asia/Shanghai. */
export function checkIdNumber(raw: string, today: string): IdNumberProblem | null {
  const id = normalizeIdNumber(raw);
  if (!/^[1-9]\d{16}[\dX]$/.test(id)) return "format";
  const birth = birthDateOf(id);
  if (!birth || birth > today) return "birthDate";
  if (idCheckDigit(id.slice(0, 17)) !== id[17]) return "checksum";
  return null;
}
