import "server-only";
import { headers } from "next/headers";
import { publicBaseUrl } from "@/lib/env";

/**
 * An absolute address on the portal, for QR codes on paper. PUBLIC_BASE_URL (required in production); in
 * development the configured origin (NEXTAUTH_URL), else the Host this request reached. Never X-Forwarded-Host or
 * X-Forwarded-Proto: any client can send them, and a printed code must not point where a request asked it to.
 */
export async function publicUrl(path: string): Promise<string> {
  let base = publicBaseUrl();
  if (!base) {
    const host = (await headers()).get("host") ?? "localhost:3000";
    base = `http://${host}`;
  }
  return `${base.replace(/\/$/, "")}${path}`;
}

/** The public tracking address of an application, for the receipt's QR code. */
export async function trackingUrl(locale: string, reference: string): Promise<string> {
  return publicUrl(`/${locale}/track?ref=${encodeURIComponent(reference)}`);
}
