"use server";
// Transport for the signed-in resident's account forms: real-name verification, password, mobile number, sessions.
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineAction, defineStateAction } from "@/lib/actions/define-action";
import { ZMobile } from "@/lib/auth/audiences";
import { safeReturnPath } from "@/lib/http/paths";
import { ZCode, ZNewPassword } from "../account-rules";
import { verifyRealName } from "../verify-real-name";
import { setPassword } from "../set-password";
import { confirmMobileChange, sendMobileChangeCode } from "../change-mobile";
import { endMyOtherSessions } from "../account-sessions";
import { fieldErrors, minutesOf, type AccountFormState } from "./form-state";

const text = z.string().max(300).default("");
const signedOut = (): AccountFormState => ({ error: { key: "account:signedOut" } });
const failed = (ref: string): AccountFormState => ({ error: { key: "errors:unexpected", values: { ref } } });
const acting = (user: { id: string; sid: string }) => ({ userId: user.id, sid: user.sid });

export const realNameAction = defineStateAction({
  name: "account/real-name",
  audience: "resident",
  input: z.object({ locale: text, fullName: text, idNumber: text, next: text }),
  signedOut,
  failed,
  run: async ({ fullName, idNumber, next }, { user, locale, ip }): Promise<AccountFormState> => {
    const values = { fullName, idNumber };
    const r = await verifyRealName({ userId: user.id }, { fullName, idNumber, ip: await ip() });
    if (r.ok) redirect(next ? safeReturnPath(next, `/${locale}/account`) : `/${locale}/account?saved=verified`);
    if (r.reason === "invalid") return { values, errors: r.errors };
    return { values, error: { key: `account:verify.${r.reason}` } };
  },
});

export const setPasswordAction = defineStateAction({
  name: "account/set-password",
  audience: "resident",
  input: z.object({ locale: text, currentPassword: text, newPassword: text, confirmPassword: text }),
  signedOut,
  failed,
  run: async ({ currentPassword, newPassword, confirmPassword }, { user, locale, ip }): Promise<AccountFormState> => {
    const errors = fieldErrors(z.object({ newPassword: ZNewPassword }), { newPassword });
    if (!errors.newPassword && newPassword !== confirmPassword) errors.confirmPassword = "validation:passwordConfirm";
    if (Object.keys(errors).length) return { errors };
    const r = await setPassword(acting(user), { currentPassword, newPassword, ip: await ip() });
    if (!r.ok) return { errors: { currentPassword: "account:password.currentWrong" } };
    redirect(`/${locale}/account/security?saved=password`);
  },
});

export const changeMobileAction = defineStateAction({
  name: "account/change-mobile",
  audience: "resident",
  input: z.object({ locale: text, intent: z.enum(["send", "confirm"]), newMobile: text, code: text }),
  signedOut,
  failed,
  run: async ({ intent, newMobile, code }, { user, locale, ip }): Promise<AccountFormState> => {
    const values = { newMobile: newMobile.trim() };
    const m = ZMobile.safeParse(newMobile);
    if (!m.success) return { stage: "start", values, errors: { newMobile: "validation:mobile" } };
    if (intent === "send") {
      const r = await sendMobileChangeCode(acting(user), { newMobile: m.data, locale, ip: await ip() });
      if (r.ok) return { stage: "code", values, notice: { key: "account:mobile.sent" } };
      if (r.reason === "same") return { stage: "start", values, errors: { newMobile: "account:mobile.same" } };
      return {
        stage: "code",
        values,
        error: { key: "account:code.wait", values: { minutes: minutesOf(r.retryAfterMs ?? 60_000) } },
      };
    }
    const c = ZCode.safeParse(code);
    if (!c.success) return { stage: "code", values, errors: { code: "validation:code" } };
    const r = await confirmMobileChange(acting(user), { newMobile: m.data, code: c.data, ip: await ip() });
    if (!r.ok)
      return {
        stage: r.reason === "taken" ? "start" : "code",
        values,
        error: { key: r.reason === "taken" ? "account:mobile.taken" : `account:code.${r.reason}` },
      };
    redirect(`/${locale}/account/security?saved=mobile`);
  },
});

export const endOtherSessionsAction = defineAction({
  name: "account/end-sessions",
  audience: "resident",
  input: z.object({ locale: text }),
  run: async (_, { user, locale, ip }) => {
    await endMyOtherSessions(acting(user), await ip());
    redirect(`/${locale}/account/security?saved=sessions`);
  },
});
