"use server";
// Transport for the window workspace: plain form posts (keyboard- and no-JS-friendly) that redirect to the next
// page with a message code. The clerk and the session are checked by the action's audience (lib/actions), through
// the same rule as the pages.
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import type { Locale } from "@/lib/i18n/config";
import { findResident } from "../find-resident";
import {
  confirmConsentByCode,
  confirmConsentBySignature,
  endWindowSession,
  openWindowSession,
  sendConsentCode,
} from "../window-sessions";
import { handOverResult } from "../hand-over-result";
import { verifyInPerson } from "../verify-in-person";

const workspace = (locale: Locale) => `/${locale}/clerk`;
const sessionPage = (locale: Locale, session: string) => `/${locale}/clerk/sessions/${session}`;
const consentPage = (locale: Locale, session: string) => `${sessionPage(locale, session)}/consent`;
const inSession = z.object({ session: z.string() });

export const openSessionAction = defineAction({
  name: "window/open-session",
  audience: "clerk",
  input: z.object({ q: z.string().default("") }),
  back: workspace,
  async run({ q }, { clerk, locale, ip }) {
    const query = q.slice(0, 30);
    const residentId = await findResident(query);
    if (!residentId) redirect(`/${locale}/clerk/residents?q=${encodeURIComponent(query)}`);
    redirect(consentPage(locale, await openWindowSession(clerk, residentId, await ip())));
  },
});

export const sendCodeAction = defineAction({
  name: "window/send-code",
  audience: "clerk",
  input: inSession,
  back: workspace,
  async run({ session }, { clerk, locale, ip }) {
    const r = await sendConsentCode(clerk, session, await ip());
    redirect(`${consentPage(locale, session)}?${r.ok ? "sent=1" : `error=${r.reason}`}`);
  },
});

export const confirmCodeAction = defineAction({
  name: "window/confirm-code",
  audience: "clerk",
  input: inSession.extend({ code: z.string().default("") }),
  back: workspace,
  async run({ session, code }, { clerk, locale, ip }) {
    const r = await confirmConsentByCode(clerk, session, code, await ip());
    redirect(r.ok ? sessionPage(locale, session) : `${consentPage(locale, session)}?sent=1&error=${r.reason}`);
  },
});

export const confirmSignatureAction = defineAction({
  name: "window/confirm-signature",
  audience: "clerk",
  input: inSession.extend({
    signed: z.string().optional(),
    signatureRef: z.string().default(""),
    // Typed by the window's ID-card reader, like a keyboard.
    idCardRead: z.string().max(40).default(""),
    scan: z.file().optional(),
  }),
  back: workspace,
  async run({ session, signed, signatureRef, idCardRead, scan }, { clerk, locale, ip }) {
    if (signed !== "yes") redirect(`${consentPage(locale, session)}?error=notSigned#signature`);
    const r = await confirmConsentBySignature(
      clerk,
      session,
      {
        signatureRef,
        idCardRead,
        scan: scan ? { fileName: scan.name, bytes: new Uint8Array(await scan.arrayBuffer()) } : null,
      },
      await ip(),
    );
    redirect(r.ok ? sessionPage(locale, session) : `${consentPage(locale, session)}?error=${r.reason}#signature`);
  },
});

export const endSessionAction = defineAction({
  name: "window/end-session",
  audience: "clerk",
  input: inSession,
  back: workspace,
  async run({ session }, { clerk, locale, ip }) {
    await endWindowSession(clerk, session, await ip());
    redirect(`${workspace(locale)}?ended=1`);
  },
});

export const handOverAction = defineAction({
  name: "window/hand-over",
  audience: "window",
  input: inSession.extend({ applicationId: z.string().default("") }),
  // No consented session (or nobody signed in): its consent page, which sends a signed-out clerk on to sign in.
  signedOut: (locale, i) => redirect(consentPage(locale, i?.session ?? "")),
  async run({ session, applicationId }, { grant, departmentId, locale }) {
    const r = await handOverResult(grant, applicationId, departmentId).catch(() => ({ ok: false as const }));
    redirect(`${sessionPage(locale, session)}?${r.ok ? "handedOver=1" : "error=handOver"}`);
  },
});

export const verifyInPersonAction = defineAction({
  name: "window/verify-in-person",
  audience: "window",
  input: inSession.extend({ idCardSeen: z.string().optional() }),
  // No consented session (ended, or nobody signed in): its consent page, which sends on to sign-in or the workspace.
  signedOut: (locale, i) => redirect(consentPage(locale, i?.session ?? "")),
  async run({ session, idCardSeen }, { grant, locale, ip }) {
    const r = await verifyInPerson(grant, { idCardSeen: idCardSeen === "yes" }, await ip());
    // Back to the session page, which announces the outcome with its other notices.
    redirect(`${sessionPage(locale, session)}?assurance=${r.ok ? "raised" : r.reason}`);
  },
});
