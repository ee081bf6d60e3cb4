import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { TTextSize } from "@/lib/preferences/text-size";
import type { CurrentUser } from "@/lib/auth/current-user";
import { LanguageSwitcher } from "./language-switcher";
import { TextSizeToggle } from "./text-size-toggle";
import { homeOf } from "@/lib/auth/home-of";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { TerminalFinishButton } from "@/components/terminal/terminal-finish-button";

type Props = {
  locale: Locale;
  pathname: string;
  search: string;
  textSize: TTextSize;
  user: CurrentUser | null;
  kiosk?: boolean;
};

export async function SiteHeader({ locale, pathname, search, textSize, user, kiosk = false }: Props) {
  const [t, tw] = await Promise.all([getT(locale), getT(locale, "window")]);
  const displayName = user ? (locale === "ug" && user.nameUg ? user.nameUg : user.nameZh) : null;
  return (
    <header className="bg-brand-700 text-white print:hidden">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <div className="mx-auto max-w-5xl px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-3">
        <Link href={`/${locale}`} className="text-white no-underline hover:text-white me-auto">
          {/* One child: in senior mode every link is an inline flex row (globals.css), which would put the name
              and the tagline side by side. */}
          <span className="flex flex-col items-start">
            <span className="text-xl font-bold leading-snug">{t("site.name")}</span>
            <span className="text-sm text-white">{t("site.tagline")}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-3 text-ink">
          {kiosk && <span className="text-white font-bold text-lg">{tw("terminal.badge")}</span>}
          {!kiosk && (
            <TextSizeToggle
              current={textSize}
              returnTo={pathname + search}
              labels={{ toLarge: t("textSize.toLarge"), toStandard: t("textSize.toStandard") }}
            />
          )}
          <LanguageSwitcher locale={locale} pathname={pathname} search={search} label={t("language.label")} />
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="bg-brand-800">
        <ul className="mx-auto max-w-5xl px-4 flex flex-wrap items-center gap-x-2">
          <li>
            <NavLink href={`/${locale}`} current={pathname === `/${locale}`}>
              {t("nav.home")}
            </NavLink>
          </li>
          <li>
            <NavLink href={`/${locale}/services`} current={pathname.startsWith(`/${locale}/services`)}>
              {t("nav.services")}
            </NavLink>
          </li>
          {user?.role === "resident" && (
            <li>
              <NavLink href={`/${locale}/applications`} current={pathname.startsWith(`/${locale}/applications`)}>
                {t("nav.applications")}
              </NavLink>
            </li>
          )}
          {user ? (
            <>
              <li>
                <NavLink href={homeOf(user.role, locale)} current={pathname === homeOf(user.role, locale)}>
                  {t("nav.account")}
                </NavLink>
              </li>
              <li className="ms-auto text-white py-2">
                {t("nav.signedInAs")}
                <bdi lang={langOfTyped(displayName)}>{displayName}</bdi>
              </li>
              <li>
                {kiosk ? (
                  <TerminalFinishButton locale={locale} />
                ) : (
                  <NavLink href={`/${locale}/sign-out`} current={pathname === `/${locale}/sign-out`}>
                    {t("nav.signOut")}
                  </NavLink>
                )}
              </li>
            </>
          ) : kiosk ? null : (
            <li className="ms-auto">
              <NavLink href={`/${locale}/sign-in`} current={pathname === `/${locale}/sign-in`}>
                {t("nav.signIn")}
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}

function NavLink({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex items-center min-h-11 px-3 py-2 text-white hover:text-white ${current ? "font-bold underline decoration-2" : "no-underline hover:underline"}`}
    >
      {children}
    </Link>
  );
}
