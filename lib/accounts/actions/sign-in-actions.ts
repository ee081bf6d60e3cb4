"use server";
// Transport for the sign-in forms (password, or a code to the phone) and for signing out. Plain form posts:
// they work without JavaScript and from any address the portal is reached by. The rules are in the use cases.
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineAction, defineStateAction } from "@/lib/actions/define-action";
import { authenticate } from "@/lib/auth/authenticate";
import { credentialsSchema, ZMobile } from "@/lib/auth/audiences";
import { homeOf } from "@/lib/auth/home-of";
import { startSession, stopSession } from "@/lib/auth/sessions/start-session";
import { safeReturnPath } from "@/lib/http/paths";
import { clearPendingSignIn, holdPendingSignIn, readPendingSignIn } from "@/lib/auth/second-factor/pending-sign-in";
import { verifyStaffCode } from "@/lib/auth/second-factor/verify-staff-code";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Locale } from "@/lib/i18n/config";
import type { Role } from "@/lib/db/generated/enums";
import { PHONE_SIGN_IN, ZCode } from "../account-rules";
import { sendPhoneCode } from "../send-phone-code";
import { signInWithCode } from "../sign-in-with-code";
import { isolate } from "@/lib/i18n/bidi";
import { fieldErrors, minutesOf, type AccountFormState } from "./form-state";

const text = z.string().max(300).default("");

/** Where to go after signing in: the page the person came from (same site only), else their home. */
function destination(locale: Locale, next: string, role: Role): string {
  const home = homeOf(role, locale);
  return next ? safeReturnPath(next, home) : home;
}

export const passwordSignInAction = defineStateAction({
  name: "auth/password-sign-in",
  audience: "public",
  input: z.object({ locale: text, audience: z.enum(["resident", "staff"]), login: text, password: text, next: text }),
  run: async ({ audience, login, password, next }, { locale, ip }): Promise<AccountFormState> => {
    const values = { login: login.trim() };
    const errors = fieldErrors(credentialsSchema[audience], { login, password });
    if (Object.keys(errors).length) return { errors, values };
    const result = await authenticate({ audience, login: login.trim(), password, ip: await ip() });
    if (!result.ok) return { error: { key: `auth:errors.${result.reason}` }, values };
    if (result.user.role !== "resident") {
      // Staff: the password was the first factor; the authenticator code comes next (no session until then).
      await holdPendingSignIn({ userId: result.user.id, role: result.user.role, next });
      redirect(`/${locale}/staff/second-factor`);
    }
    await startSession(result.user);
    redirect(destination(locale, next, result.user.role));
  },
  failed: (ref) => ({ error: { key: "auth:errors.unavailableRef", values: { ref: isolate(ref) } } }),
});

export const secondFactorAction = defineStateAction({
  name: "auth/second-factor",
  audience: "public",
  input: z.object({ locale: text, code: text }),
  run: async ({ code }, { locale, ip }): Promise<AccountFormState> => {
    const pending = await readPendingSignIn();
    // Five minutes have passed (or the cookie is gone): the password step again.
    if (!pending) return { error: { key: "auth:secondFactor.expired" } };
    if (!/^\d{6}$/.test(code.replace(/\s/g, ""))) return { errors: { code: "validation:totp" } };
    const result = await verifyStaffCode({ user: { id: pending.userId, role: pending.role }, code, ip: await ip() });
    if (!result.ok) return { error: { key: "auth:secondFactor.invalid" } };
    await clearPendingSignIn();
    await startSession({ id: pending.userId, role: pending.role });
    redirect(destination(locale, pending.next, pending.role));
  },
  failed: (ref) => ({ error: { key: "auth:errors.unavailableRef", values: { ref: isolate(ref) } } }),
});

export const phoneCodeAction = defineStateAction({
  name: "auth/phone-code",
  audience: "public",
  input: z.object({
    locale: text,
    intent: z.enum(["send", "verify"]),
    flow: z.enum(["sign-in", "register"]),
    mobile: text,
    code: text,
    next: text,
  }),
  run: async ({ intent, flow, mobile, code, next }, { locale, ip }): Promise<AccountFormState> => {
    const values = { mobile: mobile.trim() };
    const m = ZMobile.safeParse(mobile);
    if (!m.success) return { stage: "start", errors: { mobile: "validation:mobile" }, values };
    if (intent === "send") {
      const sent = await sendPhoneCode({ mobile: m.data, purpose: PHONE_SIGN_IN, locale, ip: await ip() });
      if (!sent.ok)
        return {
          stage: "code",
          values,
          error: { key: "account:code.wait", values: { minutes: minutesOf(sent.retryAfterMs) } },
        };
      return { stage: "code", values, notice: { key: "account:code.sent" } };
    }
    const c = ZCode.safeParse(code);
    if (!c.success) return { stage: "code", values, errors: { code: "validation:code" } };
    const result = await signInWithCode({ mobile: m.data, code: c.data, ip: await ip() });
    if (!result.ok) return { stage: "code", values, error: { key: `account:code.${result.reason}` } };
    await startSession(result.user);
    // A new account (or one that never proved a name) goes on to real-name verification, then where it was going.
    if (result.needsRealName) {
      const q = new URLSearchParams();
      if (next) q.set("next", safeReturnPath(next, `/${locale}/account`));
      if (result.created) q.set("new", "1");
      redirect(`/${locale}/account/verify${q.size ? `?${q}` : ""}`);
    }
    redirect(destination(locale, flow === "register" ? "" : next, "resident"));
  },
  failed: (ref) => ({ error: { key: "auth:errors.unavailableRef", values: { ref: isolate(ref) } } }),
});

export const signOutAction = defineAction({
  name: "auth/sign-out",
  audience: "public",
  input: z.object({ locale: text, to: text }),
  run: async ({ to }, { user, locale, ip }) => {
    if (user) {
      await recordAudit({ action: "auth.sign_out", payload: {}, actor: user, ip: await ip() });
      await stopSession(user.sid);
    } else await stopSession(null);
    redirect(safeReturnPath(to, `/${locale}/sign-out`));
  },
});
