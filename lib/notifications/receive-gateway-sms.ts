// The SMS gateway's inbound webhook (app/api/sms/inbound/route.ts): the region's SMS platform POSTs each message a
// resident's phone sent to the portal's number as JSON {from, text, receivedAt}, signed with a shared secret
// (SMS_INBOUND_SECRET): X-Portal-Signature is the hex HMAC-SHA256 of the exact body. Without the secret configured,
// or with a missing or wrong signature, the message is refused: an unsigned post could rate anyone's application
// from any number. A message received more than 15 minutes ago (or in the future) is refused too, so a captured
// post cannot be replayed later. The text goes to receive-sms-reply.ts and is never logged.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { smsInboundSecret } from "@/lib/env";
import { log } from "@/lib/log/logger";
import { receiveSmsReply } from "@/lib/evaluation/receive-sms-reply";

export const SIGNATURE_HEADER = "x-portal-signature";
export const INBOUND_MAX_BYTES = 4096;
const FRESH_MS = 15 * 60_000;

const message = z.object({
  from: z.string().max(32),
  text: z.string().max(1000),
  receivedAt: z.iso.datetime({ offset: true }),
});

export function signInbound(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("hex");
}

export function signatureMatches(body: string, signature: string | null, secret: string): boolean {
  if (!signature) return false;
  const given = Buffer.from(signature.trim().replace(/^sha256=/, ""), "hex");
  const expected = Buffer.from(signInbound(body, secret), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

type Answer = { status: number; json: { ok: boolean; error?: string } };

/** The route's whole work: the request's body is read only when its declared length is within the limit. */
export async function receiveGatewayRequest(request: Request): Promise<Answer> {
  if (Number(request.headers.get("content-length") ?? 0) > INBOUND_MAX_BYTES)
    return { status: 413, json: { ok: false, error: "too large" } };
  return receiveGatewaySms(await request.text(), request.headers.get(SIGNATURE_HEADER));
}

export async function receiveGatewaySms(body: string, signature: string | null, now = new Date()): Promise<Answer> {
  const secret = smsInboundSecret();
  if (!secret) {
    log.warn("inbound sms refused: SMS_INBOUND_SECRET is not set");
    return { status: 503, json: { ok: false, error: "not configured" } };
  }
  if (Buffer.byteLength(body, "utf8") > INBOUND_MAX_BYTES)
    return { status: 413, json: { ok: false, error: "too large" } };
  if (!signatureMatches(body, signature, secret)) {
    log.warn({ hasSignature: !!signature }, "inbound sms refused: bad signature");
    return { status: 401, json: { ok: false, error: "bad signature" } };
  }
  let parsed: z.infer<typeof message>;
  try {
    parsed = message.parse(JSON.parse(body));
  } catch {
    return { status: 400, json: { ok: false, error: "bad message" } };
  }
  const receivedAt = new Date(parsed.receivedAt);
  if (Math.abs(now.getTime() - receivedAt.getTime()) > FRESH_MS)
    return { status: 400, json: { ok: false, error: "stale" } };
  await receiveSmsReply({ from: parsed.from, text: parsed.text, receivedAt });
  // The same answer whether it rated something or was ignored: the gateway has nothing to do differently.
  return { status: 200, json: { ok: true } };
}
