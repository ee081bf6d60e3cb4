import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { WindowGrant } from "@/lib/window/require-window-session";
import { residentAssurance } from "@/lib/window/resident-assurance";
import { verifyInPersonAction } from "@/lib/window/actions/window-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";

const notices = ["raised", "idCardSeen", "closed"] as const;
/** What the last "verify in person" post came back with (the session page's `?assurance=`). */
export type AssuranceNotice = (typeof notices)[number];
export const assuranceNoticeOf = (v: unknown): AssuranceNotice | undefined => notices.find((n) => n === v);

// The resident's assurance level at the window, and the clerk's 现场核验: after seeing the original ID card the clerk
// raises the account to "verified in person", so the resident may then apply online for the means-tested items.
export async function AssuranceSection({ locale, grant }: { locale: Locale; grant: WindowGrant }) {
  const [t, ta, level] = await Promise.all([getT(locale, "window"), getT(locale, "account"), residentAssurance(grant)]);
  const done = level === "in_person";
  return (
    <section id="assurance" aria-labelledby="assurance-h" className="mb-6">
      <h2 id="assurance-h" className="text-2xl font-bold mb-2">
        {t("assurance.title")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr] text-lg mb-3">
        <dt className="font-semibold">{t("assurance.current")}</dt>
        <dd>{ta(`assurance.${level}`)}</dd>
      </dl>
      {done ? (
        <p className="text-lg">{t("assurance.inPersonDone")}</p>
      ) : (
        <form action={verifyInPersonAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="session" value={grant.sessionId} />
          <p className="text-lg mb-2">{t("assurance.raiseIntro")}</p>
          <label className="flex items-start gap-3 min-h-11 py-2 text-lg cursor-pointer">
            <input type="checkbox" name="idCardSeen" value="yes" className="size-6 mt-1 shrink-0 accent-brand-700" />
            {t("assurance.idCardSeen")}
          </label>
          <button type="submit" className={`${buttonClasses.primary} mt-2`}>
            {t("assurance.raise")}
          </button>
        </form>
      )}
    </section>
  );
}

/** The outcome of the last post, at the top of the session page with its other notices (focus starts up there). */
export async function AssuranceOutcome({ locale, notice }: { locale: Locale; notice?: AssuranceNotice }) {
  if (!notice) return null;
  const t = await getT(locale, "window");
  return (
    <Alert tone={notice === "raised" ? "success" : "error"} live>
      <p className="text-lg">{t(notice === "raised" ? "assurance.raised" : `assurance.error.${notice}`)}</p>
    </Alert>
  );
}
