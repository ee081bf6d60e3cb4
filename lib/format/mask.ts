// Masking of personal identifiers for display and logs (least data by default).
// ID numbers: first 6 (region) + last 4, as the national convention; mobiles: first 3 + last 4.

export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 10) return "*".repeat(s.length);
  return s.slice(0, 6) + "*".repeat(s.length - 10) + s.slice(-4);
}

export function maskMobile(mobile: string): string {
  const s = mobile.trim();
  if (s.length < 8) return "*".repeat(s.length);
  return s.slice(0, 3) + "*".repeat(s.length - 7) + s.slice(-4);
}

/** Masks what someone typed as a login: a mobile number, or a staff ID kept readable (it is not personal data). */
export function maskLogin(login: string): string {
  return /^\d{7,}$/.test(login.trim()) ? maskMobile(login) : login.trim().slice(0, 32);
}

/** Bank cards: first 4 + last 4, grouped as printed on the card. */
export function maskBankCard(card: string): string {
  const s = card.trim();
  return `${s.slice(0, 4)} **** ${s.slice(-4)}`;
}
