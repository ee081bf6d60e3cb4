import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { maskMobile } from "@/lib/format/mask";

// The resident's own page. Shows only their own data, masked by default.
export async function AccountView({ locale }: { locale: Locale }) {
  const user = await requireRole(locale, ["resident"], `/${locale}/account`);
  const t = await getT(locale);
  const name = locale === "ug" && user.nameUg ? user.nameUg : user.nameZh;
  return (
    <>
      <h1 className="text-3xl font-bold mb-4">{t("account.title")}</h1>
      <p className="text-lg mb-6">{t("account.intro")}</p>
      <dl className="grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[auto_1fr] max-w-xl">
        <dt className="font-semibold">{t("account.name")}</dt>
        <dd>{name}</dd>
        <dt className="font-semibold">{t("account.mobile")}</dt>
        <dd><bdi dir="ltr">{user.mobile ? maskMobile(user.mobile) : ""}</bdi></dd>
      </dl>
    </>
  );
}
