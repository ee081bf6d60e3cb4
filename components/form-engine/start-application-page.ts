import type { Locale } from "@/lib/i18n/config";
import { redirect } from "next/navigation";
import type { Acting } from "@/lib/applications/acting";
import { beginApplication } from "@/lib/applications/draft/begin-application";
import { applyPath } from "@/lib/applications/paths";
import { goInstead } from "@/components/application/go-instead";

/** "Start" opens the person's draft (created the first time) at the step they were last on, in any channel. */
export async function startApplicationPage(_locale: Locale, slug: string, acting: Acting): Promise<never> {
  const begun = await beginApplication(acting, slug);
  if (!begun.ok) goInstead(acting, slug, begun.go);
  redirect(applyPath(acting, slug, begun.step));
}
