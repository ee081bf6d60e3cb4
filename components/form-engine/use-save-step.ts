"use client";
// Saving a step and moving on: "next" saves and opens the next step (or the review page); "save" (Alt+S at the
// window) saves and stays. A session that expired keeps the typed values in this tab and goes to sign-in, back to
// this step afterwards; a network failure or a database that cannot be reached keeps them too, says the save will be
// retried, and retries (every few seconds, then less often) until it goes through, then says "saved". Field errors
// from the server land on their fields like the browser's own.
import { useEffect, useRef, useState } from "react";
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
  /** A save that could not reach the portal's records is being retried (the values are kept meanwhile). */
  const [retrying, setRetrying] = useState(false);
  const retry = useRef<{ timer?: ReturnType<typeof setTimeout>; attempt: number }>({ attempt: 0 });
  useEffect(() => () => clearTimeout(retry.current.timer), []);

  const stopRetrying = () => {
    clearTimeout(retry.current.timer);
    retry.current = { attempt: 0 };
    setRetrying(false);
  };

  /** Tries the same save again later: 3 s, 6 s, 12 s … at most every 30 s, until it goes through or is refused. */
  function retryLater(values: Values) {
    setRetrying(true);
    const wait = Math.min(30_000, 3000 * 2 ** retry.current.attempt);
    retry.current.attempt++;
    clearTimeout(retry.current.timer);
    retry.current.timer = setTimeout(async () => {
      try {
        const r = await saveStepAction({ slug: where.slug, stepId, values, session: where.windowSession });
        if (r.ok) {
          stopRetrying();
          return setSaved(true);
        }
        if (r.unavailable) return retryLater(values);
        // Refused now (signed out, a field no longer valid): the person's next press shows why.
        stopRetrying();
      } catch {
        retryLater(values);
      }
    }, wait);
  }

  async function onValid(data: Values, event?: React.BaseSyntheticEvent) {
    const stayHere = (event?.nativeEvent as SubmitEvent | undefined)?.submitter?.id === SAVE_AND_STAY;
    setServerError(null);
    setSaved(false);
    stopRetrying();
    const visibleNames = new Set(visible.map((f) => f.name));
    const values = Object.fromEntries(Object.entries(data).filter(([k]) => visibleNames.has(k)));
    try {
      const r = await saveStepAction({ slug: where.slug, stepId, values, session: where.windowSession });
      if (!r.ok && r.unavailable) {
        keep(data);
        return retryLater(values);
      }
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
      // The server did not answer (the network, or a server restarting): the same as an unreachable database.
      keep(data);
      retryLater(values);
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

  return {
    onValid,
    serverError,
    clearServerError: () => setServerError(null),
    saved,
    retrying,
    keepBeforeSessionEnds,
  };
}
