import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getCurrentUser } from "@/lib/auth/current-user";

export async function HomeView({ locale }: { locale: Locale }) {
  const [t, user] = await Promise.all([getT(locale), getCurrentUser()]);
  const name = user ? (locale === "ug" && user.nameUg ? user.nameUg : user.nameZh) : null;
  const entries = [
    { href: `/${locale}/services`, title: t("home.apply.title"), body: t("home.apply.body") },
    { href: `/${locale}/track`, title: t("home.track.title"), body: t("home.track.body") },
    ...(user ? [] : [{ href: `/${locale}/sign-in`, title: t("home.signIn.title"), body: t("home.signIn.body") }]),
  ];
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("home.title")}</h1>
      {name && <p className="text-xl mb-3">{t("home.welcome", { name })}</p>}
      <p className="text-lg max-w-3xl mb-8">{t("home.intro")}</p>
      <h2 className="text-2xl font-bold mb-4">{t("home.entries")}</h2>
      <ul className="grid gap-4 md:grid-cols-2 senior:grid-cols-1 mb-8">
        {entries.map((e) => (
          <li key={e.href} className="border-2 border-line rounded-lg p-5 bg-white">
            <h3 className="text-xl font-bold mb-2">
              <Link href={e.href} className="inline-flex min-h-11 items-center">
                {e.title}
              </Link>
            </h3>
            <p className="text-lg text-muted">{e.body}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="senior-mode" className="border-s-4 border-brand-700 bg-brand-50 p-5 rounded-e-lg">
        <h2 id="senior-mode" className="text-2xl font-bold mb-2">
          {t("home.senior.title")}
        </h2>
        <p className="text-lg">{t("home.senior.body")}</p>
      </section>
    </>
  );
}
