// The SMS gateway's inbound webhook: only a message signed with the shared secret (HMAC-SHA256 of the body) and
// received lately reaches receive-sms-reply.ts; without the secret configured, nothing is accepted.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createDecided, seedDepartments } from "@/lib/test-support/factories";
import { deliveriesSettled } from "./deliver-outbox";
import { receiveGatewayRequest, receiveGatewaySms, signInbound, SIGNATURE_HEADER } from "./receive-gateway-sms";

const SECRET = "inbound-test-secret-0123456789abcdef";

beforeAll(seedDepartments);
afterEach(() => vi.unstubAllEnvs());

const bodyOf = (from: string, text: string, receivedAt = new Date()) =>
  JSON.stringify({ from, text, receivedAt: receivedAt.toISOString() });

describe("inbound SMS webhook", () => {
  it("a signed reply rates the application; the same reply unsigned, wrongly signed or without a secret does not", async () => {
    const { applicant, app } = await createDecided();
    await deliveriesSettled();
    const body = bodyOf(applicant.mobile, "5");

    // No secret configured: refused whatever the signature.
    expect((await receiveGatewaySms(body, signInbound(body, SECRET))).status).toBe(503);

    vi.stubEnv("SMS_INBOUND_SECRET", SECRET);
    expect((await receiveGatewaySms(body, null)).status).toBe(401);
    expect((await receiveGatewaySms(body, signInbound(body, "another-secret-0123456789abcdefgh"))).status).toBe(401);
    expect((await receiveGatewaySms(body, "zz")).status).toBe(401);
    // Signed, but the body changed after signing.
    expect((await receiveGatewaySms(bodyOf(applicant.mobile, "1"), signInbound(body, SECRET))).status).toBe(401);
    expect(await db.evaluation.count({ where: { applicationId: app.id } })).toBe(0);

    const ok = await receiveGatewayRequest(
      new Request("http://portal.test/api/sms/inbound", {
        method: "POST",
        headers: { [SIGNATURE_HEADER]: `sha256=${signInbound(body, SECRET)}` },
        body,
      }),
    );
    expect(ok).toEqual({ status: 200, json: { ok: true } });
    expect(await db.evaluation.findFirstOrThrow({ where: { applicationId: app.id } })).toMatchObject({
      channel: "sms",
      score: 5,
    });
  });

  it("refuses a stale or malformed message and an oversized body", async () => {
    vi.stubEnv("SMS_INBOUND_SECRET", SECRET);
    const stale = bodyOf("13800000000", "5", new Date(Date.now() - 3600_000));
    expect((await receiveGatewaySms(stale, signInbound(stale, SECRET))).status).toBe(400);
    const junk = "{not json";
    expect((await receiveGatewaySms(junk, signInbound(junk, SECRET))).status).toBe(400);
    const big = bodyOf("13800000000", "x".repeat(5000));
    expect((await receiveGatewaySms(big, signInbound(big, SECRET))).status).toBe(413);
    // Signed junk text is accepted and ignored (the gateway has nothing to do differently).
    const text = bodyOf("13800000000", "你好");
    expect(await receiveGatewaySms(text, signInbound(text, SECRET))).toEqual({ status: 200, json: { ok: true } });
  });
});
