"use server";
// Transport for the window workspace: plain form posts (keyboard- and no-JS-friendly) that redirect to the next
// page with a message code. Each checks the clerk and the session through the same rule as the pages.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { formLocale as localeOf } from "@/lib/http/form-input";
import { clerkOrSignIn } from "../clerk-or-sign-in";
import { clientIp } from "@/lib/http/client-ip";
import { windowGrantFor } from "../require-window-session";
import { findResident } from "../find-resident";
import {
  confirmConsentByCode,
  confirmConsentBySignature,
  endWindowSession,
  openWindowSession,
  sendConsentCode,
} from "../window-sessions";
import { handOverResult } from "../hand-over-result";

const ip = async () => clientIp(await headers());

export async function openSessionAction(formData: FormData) {
  const locale = localeOf(formData);
  const { clerk } = await clerkOrSignIn(locale);
  const q = String(formData.get("q") ?? "").slice(0, 30);
  const residentId = await findResident(q);
  if (!residentId) redirect(`/${locale}/clerk/residents?q=${encodeURIComponent(q)}`);
  const sessionId = await openWindowSession(clerk, residentId, await ip());
  redirect(`/${locale}/clerk/sessions/${sessionId}/consent`);
}

export async function sendCodeAction(formData: FormData) {
  const locale = localeOf(formData);
  const { clerk } = await clerkOrSignIn(locale);
  const sessionId = String(formData.get("session") ?? "");
  const r = await sendConsentCode(clerk, sessionId, await ip());
  redirect(`/${locale}/clerk/sessions/${sessionId}/consent?${r.ok ? "sent=1" : `error=${r.reason}`}`);
}

export async function confirmCodeAction(formData: FormData) {
  const locale = localeOf(formData);
  const { clerk } = await clerkOrSignIn(locale);
  const sessionId = String(formData.get("session") ?? "");
  const r = await confirmConsentByCode(clerk, sessionId, String(formData.get("code") ?? ""), await ip());
  redirect(
    r.ok
      ? `/${locale}/clerk/sessions/${sessionId}`
      : `/${locale}/clerk/sessions/${sessionId}/consent?sent=1&error=${r.reason}`,
  );
}

export async function confirmSignatureAction(formData: FormData) {
  const locale = localeOf(formData);
  const { clerk } = await clerkOrSignIn(locale);
  const sessionId = String(formData.get("session") ?? "");
  if (formData.get("signed") !== "yes")
    redirect(`/${locale}/clerk/sessions/${sessionId}/consent?error=notSigned#signature`);
  const r = await confirmConsentBySignature(clerk, sessionId, String(formData.get("signatureRef") ?? ""), await ip());
  redirect(
    r.ok
      ? `/${locale}/clerk/sessions/${sessionId}`
      : `/${locale}/clerk/sessions/${sessionId}/consent?error=${r.reason}#signature`,
  );
}

export async function endSessionAction(formData: FormData) {
  const locale = localeOf(formData);
  const { clerk } = await clerkOrSignIn(locale);
  await endWindowSession(clerk, String(formData.get("session") ?? ""), await ip());
  redirect(`/${locale}/clerk?ended=1`);
}

export async function handOverAction(formData: FormData) {
  const locale = localeOf(formData);
  const { departmentId } = await clerkOrSignIn(locale);
  const sessionId = String(formData.get("session") ?? "");
  const grant = await windowGrantFor(sessionId);
  if (!grant) redirect(`/${locale}/clerk/sessions/${sessionId}/consent`);
  const r = await handOverResult(grant, String(formData.get("applicationId") ?? ""), departmentId).catch(() => ({
    ok: false as const,
  }));
  redirect(`/${locale}/clerk/sessions/${sessionId}?${r.ok ? "handedOver=1" : "error=handOver"}`);
}
