import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** An absolute address on the portal, for QR codes on paper. PUBLIC_BASE_URL wins in production. */
export async function publicUrl(path: string): Promise<string> {
  let base = env().PUBLIC_BASE_URL;
  if (!base) {
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
    const proto = h.get("x-forwarded-proto") ?? "http";
    base = `${proto}://${host}`;
  }
  return `${base.replace(/\/$/, "")}${path}`;
}

/** The public tracking address of an application, for the receipt's QR code. */
export async function trackingUrl(locale: string, reference: string): Promise<string> {
  return publicUrl(`/${locale}/track?ref=${encodeURIComponent(reference)}`);
}
