// The id of the request being served, read synchronously, so that the logger can put it on every line written while
// a request is served (lib/log/logger.ts, `mixin`) without each caller passing it along. Two places hold it:
// - Next.js's per-request store (the request headers our code sees, where proxy.ts put x-request-id). Read through
//   Next's `workUnitAsyncStorage` (an internal module of next 16, the same store `headers()` reads; the import breaks
//   loudly at build time if a Next upgrade moves it, and a read that fails only leaves the id off a line);
// - our own store, for the route that proxy.ts does not run before (withRequestId in ./request-log.ts).
import { AsyncLocalStorage } from "node:async_hooks";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { REQUEST_ID_HEADER, isSafeRequestId } from "./request-id";

export const requestIdScope = new AsyncLocalStorage<string>();

/** The current request's id, or undefined outside a request (scripts, jobs, tests, the build). */
export function requestIdNow(): string | undefined {
  const own = requestIdScope.getStore();
  if (own) return own;
  try {
    const store = workUnitAsyncStorage.getStore() as
      { headers?: { get?: (name: string) => string | null } } | undefined;
    const id = typeof store?.headers?.get === "function" ? store.headers.get(REQUEST_ID_HEADER) : undefined;
    return isSafeRequestId(id) ? id : undefined;
  } catch {
    return undefined;
  }
}
