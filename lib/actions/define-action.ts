// The one way a server action is written: parse the input with zod (from a posted form or a call), find the caller
// for the action's audience from the session, run the handler, and turn what can go wrong into one of three
// outcomes the caller understands: not signed in (the audience's sign-in page, or the handler's own answer),
// refused (an AppError code, which is a translation key), or unexpected (logged with the request id as the reference
// a person can quote, then the error page, or the handler's own answer carrying the reference).
//
// Why not next-safe-action: our actions are plain form posts that work without JavaScript and answer with a redirect
// (or a useActionState state); its result envelope and client hooks would add a second way to post a form, and its
// middleware chain is what the ~60 lines below do for the six audiences we have.
import "server-only";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { clientIp } from "@/lib/http/client-ip";
import { signInUrl } from "@/lib/http/paths";
import { AppError, type AppErrorCode } from "@/lib/http/app-error";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { log } from "@/lib/log/logger";
import { currentRequestId } from "@/lib/log/request-log";
import { newRequestId } from "@/lib/log/request-id";
import { resolveCaller, signInAudience, type Audience, type Callers } from "./audiences";
import { inputOf } from "./input-of";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

/** The caller, the page's language, and the client's address (read only by the actions that record it). */
export type ActionContext<A extends Audience> = Callers[A] & { locale: Locale; ip: () => Promise<string> };

const ip = async () => clientIp(await headers());

type Schema = z.ZodObject;

export type ActionDefinition<A extends Audience, S extends Schema, R> = {
  /** Names the action in the server log. */
  name: string;
  audience: A;
  input: S;
  run: (input: z.infer<S>, ctx: ActionContext<A>) => Promise<R>;
  /** Nobody (or the wrong role) is signed in. Default: the audience's sign-in page, coming back to `back`. */
  signedOut?: (locale: Locale, input: z.infer<S> | undefined) => R | never;
  /** Where the sign-in page returns to (a same-site path). */
  back?: (locale: Locale, input: z.infer<S>) => string;
  /** An expected refusal: an AppError from a use case, or input that does not parse ("errors:request.invalid").
   * Default: rethrown (the error page). */
  refused?: (code: AppErrorCode, ctx: { locale: Locale; input: z.infer<S> | undefined; error?: AppError }) => R;
  /** The database cannot be reached (stopped, restarting): the caller may keep what was typed and retry later.
   * Default: treated as any other failure. */
  unavailable?: () => R;
  /** Anything else, after it was logged with `ref`. Default: rethrown (the error page shows Next's digest). */
  failed?: (ref: string) => R;
};

async function execute<A extends Audience, S extends Schema, R>(d: ActionDefinition<A, S, R>, raw: unknown) {
  const object = inputOf(d.input, raw);
  const locale: Locale = isLocale(object.locale) ? object.locale : defaultLocale;
  const parsed = d.input.safeParse(object);
  const input = parsed.success ? parsed.data : undefined;
  try {
    if (!input) throw new AppError("errors:request.invalid");
    const session = typeof object.session === "string" && object.session ? object.session : undefined;
    const caller = await resolveCaller(d.audience, locale, session);
    if (!caller) {
      if (d.signedOut) return d.signedOut(locale, input);
      redirect(signInUrl(locale, signInAudience(d.audience, session), d.back?.(locale, input)));
    }
    return await d.run(input, { ...caller, locale, ip } as ActionContext<A>);
  } catch (e) {
    unstable_rethrow(e); // redirect() and notFound() are control flow, not failures
    if (e instanceof AppError && d.refused) return d.refused(e.code, { locale, input, error: e });
    if (e instanceof AppError) throw e;
    if (d.unavailable && isDatabaseUnavailable(e)) return d.unavailable();
    // The reference a person can quote is the request id, on this line and on every other line of the request
    // (rethrown, the error is logged again by instrumentation.ts, with the digest the error page shows).
    const ref = (await currentRequestId()) ?? newRequestId();
    log.error({ err: e, action: d.name, requestId: ref }, "action failed");
    if (d.failed) return d.failed(ref);
    throw e;
  }
}

/** An action called with one argument: a posted form (`<form action={…}>`) or an object from a client component. */
export function defineAction<A extends Audience, S extends Schema, R>(d: ActionDefinition<A, S, R>) {
  return async (input?: FormData | z.input<S>): Promise<R> => execute(d, input);
}

/** An action for `useActionState`: the previous state is not read (the form carries everything). */
export function defineStateAction<A extends Audience, S extends Schema, R>(d: ActionDefinition<A, S, R>) {
  return async (_previous: R, formData: FormData): Promise<R> => execute(d, formData);
}
