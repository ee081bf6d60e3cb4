// The newborn's citizen ID number (公民身份号码), given when the birth registration is approved. In production the
// public-security hukou system assigns it and the portal receives it with the decision; this demo assigns one the
// way the standard builds it (GB 11643-1999): the region code of the hukou the baby joins, the birth date, a
// sequence whose parity is the sex (odd male, even female) and the check digit. Pure (the random source is given).
import { randomInt } from "node:crypto";
import { idCheckDigit } from "@/lib/validators/id-number";

export function assignNewbornIdNumber(
  regionCode: string,
  birthDate: string,
  gender: "male" | "female",
  random: (max: number) => number = randomInt,
): string {
  if (!/^[1-9]\d{5}$/.test(regionCode)) throw new Error("region code must be 6 digits");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) throw new Error("birth date must be YYYY-MM-DD");
  // 000 is never given; the last digit's parity says the sex.
  const half = random(499) + 1; // 1…499 → sequence 2…998 (even) or 3…999 (odd)
  const sequence = 2 * half + (gender === "male" ? 1 : 0);
  const first17 = `${regionCode}${birthDate.replace(/-/g, "")}${String(Math.min(sequence, 999)).padStart(3, "0")}`;
  return first17 + idCheckDigit(first17);
}
