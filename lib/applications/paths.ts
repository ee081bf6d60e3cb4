// Where an application's pages live for the one filling it in: the resident's own pages under "/zh", a clerk's
// under the window session ("/zh/clerk/sessions/<id>"). Built from Acting (or its locale and session before Acting
// is known), so no page, action or component spells a channel's path itself.
import type { Locale } from "@/lib/i18n/config";

/** Acting, or what names a channel before Acting is resolved (a form's locale and window session). */
export type Where = { prefix: string } | { locale: Locale; session?: string };

export function channelPrefix(locale: Locale, session?: string): string {
  return session ? `/${locale}/clerk/sessions/${session}` : `/${locale}`;
}

const prefixOf = (w: Where) => ("prefix" in w ? w.prefix : channelPrefix(w.locale, w.session));

/** The service's guide page. */
export const servicePath = (w: Where, slug: string) => `${prefixOf(w)}/services/${encodeURIComponent(slug)}`;

/** The form: its start (no step), a step, or "review". */
export const applyPath = (w: Where, slug: string, step?: string) =>
  `${servicePath(w, slug)}/apply${step ? `/${encodeURIComponent(step)}` : ""}`;

/** The sensitive-data consent page of a service. */
export const consentPath = (w: Where, slug: string) => `${servicePath(w, slug)}/consent`;

/** An application's receipt. */
export const receiptPath = (w: Where, applicationId: string) =>
  `${prefixOf(w)}/applications/${encodeURIComponent(applicationId)}/receipt`;

/** A life-event bundle's combined page (every member's status) and its receipt. */
export const bundlePath = (w: Where, bundleId: string) =>
  `${prefixOf(w)}/applications/bundles/${encodeURIComponent(bundleId)}`;
export const bundleReceiptPath = (w: Where, bundleId: string) => `${bundlePath(w, bundleId)}/receipt`;

/** Where a form's files are uploaded to (POST), in a window session or the resident's own. */
export const uploadsApiPath = (session?: string) =>
  session ? `/api/uploads?session=${encodeURIComponent(session)}` : "/api/uploads";

/** One uploaded file, for whoever fills in the form. */
export const uploadApiPath = (uploadId: string, session?: string) =>
  `/api/uploads/${encodeURIComponent(uploadId)}${session ? `?session=${encodeURIComponent(session)}` : ""}`;
