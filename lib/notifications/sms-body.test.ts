import { describe, expect, it } from "vitest";
import { createI18n } from "@/lib/i18n/create-i18n";
import { events, storedEventType } from "@/lib/applications/transition/status-machine";
import { smsBody } from "./sms-body";

describe("status SMS", () => {
  it("is written in the resident's language for every event, with the reference bidi-isolated in Uyghur", () => {
    for (const locale of ["zh", "ug"] as const) {
      const t = createI18n(locale).getFixedT(locale, "tracking");
      for (const type of events.map(storedEventType)) {
        const body = smsBody(t, locale, { service: "S", reference: "YN20261201ABCD2345", type });
        expect(body).not.toContain("sms.");
        expect(body).toContain(locale === "ug" ? "\u2068YN20261201ABCD2345\u2069" : "YN20261201ABCD2345");
      }
    }
    const ug = createI18n("ug").getFixedT("ug", "tracking");
    expect(smsBody(ug, "ug", { service: "S", reference: "R", type: "accept" })).toMatch(/[\u0600-\u06ff]/);
  });

  it("a decision's SMS invites a rating by a one-digit reply, short, with the digits isolated in Uyghur", () => {
    const zh = createI18n("zh").getFixedT("zh", "tracking");
    const body = smsBody(zh, "zh", { service: "社保卡", reference: "R1", type: "approve_part", inviteRating: true });
    expect(body).toContain("回复1-5评价：5非常满意…1非常不满意");
    expect(smsBody(zh, "zh", { service: "社保卡", reference: "R1", type: "accept" })).not.toContain("回复");
    const ug = createI18n("ug").getFixedT("ug", "tracking");
    const ugBody = smsBody(ug, "ug", { service: "S", reference: "R1", type: "refuse", inviteRating: true });
    expect(ugBody).toContain("\u20681-5\u2069");
    expect(ugBody).toContain("ناھايىتى نارازى");
    expect(ugBody).not.toContain("sms.");
    // Two SMS segments at most for a typical service name (70 characters each in UCS-2).
    expect(body.length).toBeLessThanOrEqual(140);
  });
});
