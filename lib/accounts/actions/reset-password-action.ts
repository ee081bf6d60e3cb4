"use server";
// Transport for the password reset form: a code to the phone, then the code and a new password.
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineStateAction } from "@/lib/actions/define-action";
import { ZMobile } from "@/lib/auth/audiences";
import { homeOf } from "@/lib/auth/home-of";
import { startSession } from "@/lib/auth/sessions/start-session";
import { PASSWORD_RESET, ZCode, ZNewPassword } from "../account-rules";
import { sendPhoneCode } from "../send-phone-code";
import { resetPassword } from "../reset-password";
import { isolate } from "@/lib/i18n/bidi";
import { fieldErrors, minutesOf, type AccountFormState } from "./form-state";

const text = z.string().max(300).default("");

export const resetPasswordAction = defineStateAction({
  name: "auth/reset-password",
  audience: "public",
  input: z.object({ locale: text, intent: z.enum(["send", "reset"]), mobile: text, code: text, newPassword: text }),
  run: async ({ intent, mobile, code, newPassword }, { locale, ip }): Promise<AccountFormState> => {
    const values = { mobile: mobile.trim() };
    const m = ZMobile.safeParse(mobile);
    if (!m.success) return { stage: "start", errors: { mobile: "validation:mobile" }, values };
    if (intent === "send") {
      const sent = await sendPhoneCode({ mobile: m.data, purpose: PASSWORD_RESET, locale, ip: await ip() });
      if (!sent.ok)
        return {
          stage: "code",
          values,
          error: { key: "account:code.wait", values: { minutes: minutesOf(sent.retryAfterMs) } },
        };
      return { stage: "code", values, notice: { key: "account:reset.sent" } };
    }
    const errors = fieldErrors(z.object({ code: ZCode, newPassword: ZNewPassword }), { code, newPassword });
    if (Object.keys(errors).length) return { stage: "code", values, errors };
    const result = await resetPassword({
      mobile: m.data,
      code: ZCode.parse(code),
      newPassword,
      ip: await ip(),
    });
    if (!result.ok) return { stage: "code", values, error: { key: `account:code.${result.reason}` } };
    await startSession(result.user);
    redirect(`${homeOf("resident", locale)}?saved=password`);
  },
  failed: (ref) => ({ error: { key: "auth:errors.unavailableRef", values: { ref: isolate(ref) } } }),
});
