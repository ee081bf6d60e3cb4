// Signing out is a form post to a server action: the session's row ends and the cookie goes, with or without
// JavaScript, whatever address the portal was opened by.
import { signOutAction } from "@/lib/accounts/actions/sign-in-actions";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { buttonClasses } from "@/components/ui/button-classes";

export async function SignOutButton({ locale, to }: { locale: Locale; to: string }) {
  const t = await getT(locale, "auth");
  return (
    <form action={signOutAction}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="to" value={to} />
      <button type="submit" className={buttonClasses.primary}>
        {t("signOut.submit")}
      </button>
    </form>
  );
}
