// Registered hall terminals: a browser is a kiosk only while it holds the key of an unrevoked TerminalDevice row.
// The key is issued once by an admin (manage-terminal-devices.ts), typed in at the kiosk once, and kept there in an
// httpOnly cookie; the database keeps only its SHA-256 (the key is 256 random bits, so no slow hash is needed).
import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { authSecret } from "@/lib/env";

/** The kiosk's cookie. Not a session cookie: signing out or an idle timeout leaves the kiosk enrolled. */
export const TERMINAL_DEVICE_COOKIE = "portal-terminal-device";
/** A year; an admin revokes a kiosk that is lost or replaced, and issues a new key for it. */
export const TERMINAL_DEVICE_COOKIE_SECONDS = 365 * 24 * 3600;

export const newDeviceKey = () => randomBytes(32).toString("base64url");
export const hashDeviceKey = (key: string) => createHash("sha256").update(key).digest("hex");

/** The registered, unrevoked terminal holding this key, or null. */
export async function terminalDeviceOf(key: string | null | undefined): Promise<{ id: string } | null> {
  if (!key || key.length > 100) return null;
  return db.terminalDevice.findFirst({ where: { keyHash: hashDeviceKey(key), revokedAt: null }, select: { id: true } });
}

/** The cookie's value in a raw Cookie header (next-auth's authorize gets the headers, not a cookie store). */
export function deviceKeyInCookieHeader(header: string | null | undefined): string | null {
  for (const part of (header ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === TERMINAL_DEVICE_COOKIE) return decodeURIComponent(value.join("="));
  }
  return null;
}

/** An ID number as a rate-limit subject: keyed, so the bucket table holds nothing an ID list could be matched to. */
export const idSubject = (idNumber: string) =>
  createHmac("sha256", authSecret()).update(`terminal-id:${idNumber}`).digest("base64url");
