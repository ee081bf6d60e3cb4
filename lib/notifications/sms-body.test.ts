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
});
