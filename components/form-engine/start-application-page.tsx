import type { Locale } from "@/lib/i18n/config";
import { redirect } from "next/navigation";
import type { Acting } from "@/lib/applications/acting";
import { beginApplication } from "@/lib/applications/draft/begin-application";
import { applyPath } from "@/lib/applications/paths";
import { goInstead } from "@/components/application/go-instead";
import { AssuranceNeededView } from "@/components/application/assurance-needed-view";

/** "Start" opens the person's draft (created the first time) at the step they were last on, in any channel; a
 * resident not yet verified enough for the item is told here what is missing and how to get it. */
export async function startApplicationPage(locale: Locale, slug: string, acting: Acting) {
  const begun = await beginApplication(acting, slug);
  if (!begun.ok && begun.go === "assurance")
    return <AssuranceNeededView locale={locale} slug={slug} need={begun.need} have={begun.have} />;
  if (!begun.ok) goInstead(acting, slug, begun);
  redirect(applyPath(acting, slug, begun.step));
}
