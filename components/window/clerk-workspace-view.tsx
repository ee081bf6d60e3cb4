import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { cookies } from "next/headers";
import { WINDOW_LAYOUT_COOKIE, windowLayoutOf } from "@/lib/preferences/window-layout";
import { WindowLayoutToggle } from "./window-layout-toggle";
import { LookupForm } from "./lookup-form";
import { ClearFormCopies } from "./clear-form-copies";
import { clerkOf } from "@/lib/window/require-window-session";
import { RatingScreenPairing, type PairNotice } from "./rating-screen-pairing";

// The comprehensive window's start page (综合窗口): find the resident in front of the clerk, or register them.
export async function ClerkWorkspaceView({
  locale,
  ended,
  screen,
}: {
  locale: Locale;
  ended: boolean;
  /** The outcome of pairing a rating screen. */
  screen?: PairNotice;
}) {
  const user = await requireRole(locale, ["clerk"], `/${locale}/clerk`);
  const clerk = clerkOf(user);
  const [t, ts] = await Promise.all([getT(locale, "window"), getT(locale, "staff")]);
  const name = locale === "ug" && user.nameUg ? user.nameUg : user.nameZh;
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{ts("workspace.clerk")}</h1>
      <p className="text-xl mb-2">{ts("workspace.intro", { name })}</p>
      <p className="text-lg mb-4">{t("workspace.window", { window: user.windowNo ?? "1" })}</p>
      {ended && (
        <Alert tone="success" live>
          <p className="text-lg">{t("workspace.ended")}</p>
        </Alert>
      )}
      {ended && <ClearFormCopies />}
      <LookupForm locale={locale} autoFocus />
      <p className="mb-6">
        <Link href={`/${locale}/clerk/register`} className={buttonClasses.secondary}>
          {t("register.open")}
        </Link>
      </p>
      {clerk && <RatingScreenPairing locale={locale} clerk={clerk} notice={screen} />}
      <Alert tone="info">
        <p className="text-lg">{ts("workspace.idleNotice")}</p>
      </Alert>
      <WindowLayoutToggle
        locale={locale}
        current={windowLayoutOf((await cookies()).get(WINDOW_LAYOUT_COOKIE)?.value)}
        returnTo={`/${locale}/clerk`}
      />
    </>
  );
}
