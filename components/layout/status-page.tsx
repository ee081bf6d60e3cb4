import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

// Body of the 404 and 403 pages: what happened, in plain words, and the way back.
export async function StatusPage({ locale, kind }: { locale: Locale; kind: "notFound" | "forbidden" }) {
  const t = await getT(locale, "errors");
  return (
    <>
      <title>{t(`${kind}.title`)}</title>
      <h1 className="text-3xl font-bold mb-4">{t(`${kind}.title`)}</h1>
      <p className="text-lg mb-6 max-w-2xl">{t(`${kind}.body`)}</p>
      <Link href={`/${locale}`} className="text-lg inline-flex min-h-11 items-center">
        {t(`${kind}.home`)}
      </Link>
    </>
  );
}
