// Reference numbers: "YN" + submission date + 8 random characters from an alphabet without look-alikes
// (no 0/O, 1/I/L). 32^8 ≈ 10^12 possibilities per day: not guessable, and short enough to read out over the phone.
import { randomInt } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

export function generateReference(dateYmd: string, random: (max: number) => number = randomInt): string {
  let tail = "";
  for (let i = 0; i < 8; i++) tail += ALPHABET[random(ALPHABET.length)];
  return `YN${dateYmd.replace(/-/g, "")}${tail}`;
}

export const REFERENCE_PATTERN = /^YN\d{8}[2-9A-HJKMNP-Z]{8}$/;
