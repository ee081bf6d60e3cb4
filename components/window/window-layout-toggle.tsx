import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { setWindowLayoutAction } from "@/lib/preferences/set-window-layout-action";
import type { WindowLayout } from "@/lib/preferences/window-layout";
import { buttonClasses } from "@/components/ui/button-classes";

// Switches the clerk's screen between the standard and the compact layout (a plain form post).
export async function WindowLayoutToggle({
  locale,
  current,
  returnTo,
}: {
  locale: Locale;
  current: WindowLayout;
  returnTo: string;
}) {
  const t = await getT(locale, "window");
  return (
    <form action={setWindowLayoutAction} className="mb-4">
      <input type="hidden" name="layout" value={current === "compact" ? "standard" : "compact"} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button type="submit" className={buttonClasses.quiet}>
        {t(current === "compact" ? "layout.toStandard" : "layout.toCompact")}
      </button>
    </form>
  );
}
