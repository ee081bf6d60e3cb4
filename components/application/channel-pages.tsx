// The pages of an application, defined once for every channel that fills one in: the resident's own pages
// (/zh/services/…) and the clerk's inside a consented window session (/zh/clerk/sessions/<sid>/services/…). A route
// file only names its channel: `export default applicationPages(atWindow).step`. The channel resolves Acting
// (sign-in, role, window session); the views and use cases below take it from there.
import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/page-locale";
import { actingAsResident, actingAtWindow, type Acting } from "@/lib/applications/acting";
import { applyPath, bundleReceiptPath, consentPath, receiptPath, type Where } from "@/lib/applications/paths";
import { getService } from "@/lib/services";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { titleFrom } from "@/components/layout/page-title";
import { StepView } from "@/components/form-engine/step-view";
import { startApplicationPage } from "@/components/form-engine/start-application-page";
import { ReviewView } from "@/components/application/review-view";
import { ReceiptView } from "@/components/application/receipt-view";
import { terminalRatingNoticeOf } from "@/components/terminal/terminal-rating";
import { ConsentView } from "@/components/profile/consent-view";
import { BundleReceiptView } from "@/components/bundles/bundle-receipt-view";

type Params = { locale: string; sid?: string; slug?: string; step?: string; id?: string };
type PageArgs = {
  params: Promise<Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The page's own path in a channel (lib/applications/paths.ts): the way back after signing in. */
type PathIn = (where: Where) => string;

/** How a channel's route finds who acts. */
export type ChannelRoute = (locale: Locale, params: Params, path: PathIn) => Promise<Acting>;

export const asResident: ChannelRoute = (locale, _params, path) => actingAsResident(locale, path({ locale }));

export const atWindow: ChannelRoute = (locale, params, path) =>
  actingAtWindow(locale, params.sid!, path({ locale, session: params.sid }));

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export function applicationPages(channel: ChannelRoute) {
  const resolve = async (args: PageArgs, path: (p: Params) => PathIn) => {
    const p = await args.params;
    const locale = await pageLocale(args.params);
    return { p, locale, acting: await channel(locale, p, path(p)), query: await args.searchParams };
  };
  return {
    // The start page only shows itself when it explains a missing assurance level; otherwise it redirects.
    startMetadata: titleFrom("applications", "assurance.title"),

    async start(args: PageArgs) {
      const { p, locale, acting } = await resolve(args, (p) => (w) => applyPath(w, p.slug!));
      return startApplicationPage(locale, p.slug!, acting);
    },

    async stepMetadata({ params }: Pick<PageArgs, "params">): Promise<Metadata> {
      const { locale, slug, step } = await params;
      const s = getService(slug!)?.steps.find((x) => x.id === step);
      return { title: s && isLocale(locale) ? s.title[locale] : undefined };
    },

    async step(args: PageArgs) {
      const { p, locale, acting, query } = await resolve(args, (p) => (w) => applyPath(w, p.slug!, p.step));
      return <StepView locale={locale} slug={p.slug!} stepId={p.step!} change={query.change === "1"} acting={acting} />;
    },

    reviewMetadata: titleFrom("applications", "review.title"),

    async review(args: PageArgs) {
      const { p, locale, acting, query } = await resolve(args, (p) => (w) => applyPath(w, p.slug!, "review"));
      const error = one(query.error);
      return (
        <ReviewView
          locale={locale}
          slug={p.slug!}
          acting={acting}
          error={error?.startsWith("errors:application.") ? error : undefined}
        />
      );
    },

    consentMetadata: titleFrom("profile", "consent.title"),

    async consent(args: PageArgs) {
      const { p, locale, acting, query } = await resolve(args, (p) => (w) => consentPath(w, p.slug!));
      return <ConsentView locale={locale} slug={p.slug!} acting={acting} error={query.error === "1"} />;
    },

    receiptMetadata: titleFrom("applications", "receipt.title"),

    async receipt(args: PageArgs) {
      const { p, locale, acting, query } = await resolve(args, (p) => (w) => receiptPath(w, p.id!));
      return (
        <ReceiptView
          locale={locale}
          id={p.id!}
          acting={acting}
          updated={query.profile === "updated"}
          conflict={query.profile === "conflict"}
          rating={terminalRatingNoticeOf(query.rating)}
        />
      );
    },

    bundleReceiptMetadata: titleFrom("bundles", "receipt.title"),

    /** A life-event bundle's receipt (every member with its reference). */
    async bundleReceipt(args: PageArgs) {
      const { p, locale, acting, query } = await resolve(args, (p) => (w) => bundleReceiptPath(w, p.id!));
      return (
        <BundleReceiptView
          locale={locale}
          id={p.id!}
          acting={acting}
          updated={query.profile === "updated"}
          conflict={query.profile === "conflict"}
        />
      );
    },
  };
}
