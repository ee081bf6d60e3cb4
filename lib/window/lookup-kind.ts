// What a clerk typed into the lookup field: a mobile number, an ID number (typed, or put there by an ID-card reader
// acting as a keyboard) or an application's reference. Pure.
export type LookupKind = "mobile" | "idNumber" | "reference";

export function lookupKindOf(query: string): LookupKind | null {
  const q = query.replace(/\s+/g, "");
  if (/^1[3-9]\d{9}$/.test(q)) return "mobile";
  if (/^\d{17}[\dXx]$/.test(q)) return "idNumber";
  if (/^[A-Za-z]{2}\d{4}[A-Za-z0-9]{6,12}$/.test(q)) return "reference";
  return null;
}
