// Use case: a reply to a result SMS. The decision's SMS invites "回复1-5评价" (notify-applicant.ts); a reply of one
// digit 1–5 (half- or full-width, as a Chinese input method may send it) rates the latest decided application whose
// result SMS went to that number and that is not yet rated by SMS, as the applicant (rateApplication, "sms-reply").
// Anything else (a question, a 6, an unknown number, nothing left to rate) is ignored: we cannot tell who wrote it
// or what they meant, so nothing is guessed; the log says it was ignored and why, never the text (a resident may
// reply with anything, an ID number included).
import "server-only";
import { db } from "@/lib/db/client";
import { maskMobile } from "@/lib/format/mask";
import { log } from "@/lib/log/logger";
import { normalizeInboundNumber, type InboundSms } from "@/lib/notifications/sms-transport";
import { rateApplication } from "./rate-application";
import { EvaluationError } from "./evaluation-error";

export type SmsReplyOutcome =
  | { outcome: "rated"; applicationId: string; score: number }
  | { outcome: "ignored"; reason: "notADigit" | "unknownNumber" | "nothingToRate" | "refused" };

/** "5", "５", " 5 " → 5; anything else → null. */
export function replyDigit(text: string): number | null {
  const t = text.trim().replace(/[１-５]/, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  return /^[1-5]$/.test(t) ? Number(t) : null;
}

export async function receiveSmsReply(sms: InboundSms): Promise<SmsReplyOutcome> {
  const from = normalizeInboundNumber(sms.from);
  const score = replyDigit(sms.text);
  const ignored = (reason: Extract<SmsReplyOutcome, { outcome: "ignored" }>["reason"]): SmsReplyOutcome => {
    log.info(
      { from: from ? maskMobile(from) : "unreadable", characters: sms.text.length, reason },
      "sms reply ignored",
    );
    return { outcome: "ignored", reason };
  };
  if (!from) return ignored("unknownNumber");
  if (score === null) return ignored("notADigit");
  // The newest decided application a decision SMS was sent to this number about (sent after it was decided), not
  // yet rated by SMS. The number is the one the SMS went to, so a resident who changed numbers since still answers
  // for what their old number was told, and nobody else's application can be reached.
  const rows = await db.$queryRaw<{ id: string; applicantId: string }[]>`
    SELECT a.id, a."applicantId"
    FROM "Application" a
    WHERE a."decidedAt" IS NOT NULL
      AND a.id IN (SELECT o."applicationId" FROM "OutboxMessage" o
                   WHERE o."to" = ${from} AND o.kind = 'status' AND o.status = 'sent'
                     AND o."applicationId" IS NOT NULL AND o."createdAt" >= a."decidedAt")
      AND NOT EXISTS (SELECT 1 FROM "Evaluation" e WHERE e."applicationId" = a.id AND e.channel = 'sms')
    ORDER BY a."decidedAt" DESC
    LIMIT 1`;
  const target = rows[0];
  if (!target) {
    const known = await db.outboxMessage.findFirst({ where: { to: from }, select: { id: true } });
    return ignored(known ? "nothingToRate" : "unknownNumber");
  }
  try {
    await rateApplication({ kind: "sms-reply", residentId: target.applicantId }, target.id, { score }, sms.receivedAt);
  } catch (e) {
    if (e instanceof EvaluationError) return ignored("refused");
    throw e;
  }
  log.info({ from: maskMobile(from), score }, "sms reply recorded as a rating");
  return { outcome: "rated", applicationId: target.id, score };
}
