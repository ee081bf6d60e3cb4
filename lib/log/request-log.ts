// A logger for the request being served, for server actions, route handlers, pages and the use cases they call.
// Every line the portal logs while serving a request already carries `requestId` (the logger reads it from the
// request: lib/log/request-context.ts); requestLog() adds the context you give, and finds the id through headers()
// where the synchronous read cannot (a test that fakes next/headers):
//   const rlog = await requestLog({ action: "sign-in" });
//   rlog.warn({ err }, "sign-in failed");
// Outside a request (a script, a background job) it is `log` with the context given.
import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { log, type Logger } from "./logger";
import { requestIdNow, requestIdScope } from "./request-context";
import { REQUEST_ID_HEADER, isSafeRequestId, requestIdFor } from "./request-id";

/** The id of the request being served (the one the response header x-request-id carries), or undefined. */
export async function currentRequestId(): Promise<string | undefined> {
  const now = requestIdNow();
  if (now) return now;
  try {
    const id = (await headers()).get(REQUEST_ID_HEADER);
    return isSafeRequestId(id) ? id : undefined;
  } catch {
    return undefined; // headers() outside a request scope
  }
}

/** `log` with the given context, and the current request id, on every line. */
export async function requestLog(bindings: Record<string, unknown> = {}): Promise<Logger> {
  // Where the logger finds the id itself, binding it too would write the key twice on each line.
  const requestId = requestIdNow() ? undefined : await currentRequestId();
  return log.child({ ...bindings, ...(requestId ? { requestId } : {}) });
}

/**
 * For a route handler that proxy.ts does not run before: gives the request its id (a trusted proxy's, or a new one),
 * serves it with that id in scope (every line logged meanwhile carries it), answers with the id in the response
 * header, and logs an error the handler throws with the id, then answers `failed(id)` itself (so the error is logged
 * once, with its id, rather than by instrumentation.ts without one).
 */
export function withRequestId<A extends unknown[]>(
  route: string,
  handler: (request: Request, ...rest: A) => Promise<Response>,
  failed: (ref: string) => Response = (ref) => Response.json({ ref }, { status: 500 }),
): (request: Request, ...rest: A) => Promise<Response> {
  return async (request, ...rest) => {
    const id = requestIdFor(request.headers.get(REQUEST_ID_HEADER), env().TRUST_PROXY_HOPS);
    let response: Response;
    try {
      response = await requestIdScope.run(id, () => handler(request, ...rest));
    } catch (err) {
      log.error({ err, requestId: id, route, method: request.method }, "request failed");
      response = failed(id);
    }
    response.headers.set(REQUEST_ID_HEADER, id);
    return response;
  };
}
