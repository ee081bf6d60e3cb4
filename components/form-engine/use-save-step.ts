"use client";
// Saving a step and moving on: "next" saves and opens the next step (or the review page); "save" (Alt+S at the
// window) saves and stays. A session that expired keeps the typed values in this tab and goes to sign-in, back to
// this step afterwards; a network failure keeps them too and says so. Field errors from the server land on their
// fields like the browser's own.
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { UseFormReturn } from "react-hook-form";
import { saveStepAction } from "@/lib/applications/actions/save-step-action";
import { signInUrl } from "@/lib/http/paths";
import type { FieldDef } from "@/lib/form-engine/types";
import type { FormChannel } from "./form-channel";
import type { Values } from "./use-step-form";

/** The id of the hidden second submit button that saves without moving on. */
export const SAVE_AND_STAY = "save-and-stay";

export function useSaveStep(opts: {
  where: FormChannel;
  stepId: string;
  visible: readonly FieldDef[];
  form: UseFormReturn<Values>;
  keep: (values: Values) => void;
}) {
  const { where, stepId, visible, form, keep } = opts;
  const router = useRouter();
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function onValid(data: Values, event?: React.BaseSyntheticEvent) {
    const stayHere = (event?.nativeEvent as SubmitEvent | undefined)?.submitter?.id === SAVE_AND_STAY;
    setServerError(null);
    setSaved(false);
    const visibleNames = new Set(visible.map((f) => f.name));
    const values = Object.fromEntries(Object.entries(data).filter(([k]) => visibleNames.has(k)));
    try {
      const r = await saveStepAction({ slug: where.slug, stepId, values, session: where.windowSession });
      if (r.ok && stayHere) return setSaved(true);
      if (r.ok) return router.push(`${where.basePath}/${r.nextStepId ?? "review"}`);
      if (r.sessionExpired) {
        keep(data);
        const audience = where.windowSession ? "staff" : "resident";
        return router.push(signInUrl(where.locale, audience, `${where.basePath}/${stepId}`));
      }
      if (r.errors) for (const [path, message] of Object.entries(r.errors)) form.setError(path as never, { message });
      if (r.errorKey) setServerError(r.errorKey);
    } catch {
      keep(data);
      setServerError("errors:upload.failed");
    }
  }

  /** The session is about to end (session-warning.tsx): keep what is typed in this tab and try to save it as it is
   * (a step that does not validate yet stays kept in the tab only). Nothing is shown: the person is away. */
  async function keepBeforeSessionEnds() {
    const data = form.getValues();
    keep(data);
    const visibleNames = new Set(visible.map((f) => f.name));
    const values = Object.fromEntries(Object.entries(data).filter(([k]) => visibleNames.has(k)));
    await saveStepAction({ slug: where.slug, stepId, values, session: where.windowSession }).catch(() => undefined);
  }

  return { onValid, serverError, clearServerError: () => setServerError(null), saved, keepBeforeSessionEnds };
}
