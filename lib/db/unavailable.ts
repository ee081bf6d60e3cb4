// Whether an error means "the database cannot be reached right now" (stopped, restarting, unreachable, every
// connection cut), as opposed to a bug or a refused write. Pages answer such a failure with the 503 page instead of
// the error page, and the step form keeps what was typed and retries (issue 19: database outage). Pure, so every
// shape the pg driver and Prisma's adapter give such a failure is unit-tested.

/** Network errors of the socket, and PostgreSQL's own "going away / not yet" codes. */
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "57P01", // admin_shutdown: the server is stopping
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or shutting down
  "08000",
  "08001",
  "08003",
  "08006", // connection exceptions
  "P1001", // Prisma: can't reach the database server
  "P1002", // Prisma: the server was reached but timed out
  "P1017", // Prisma: the server closed the connection
  "P2024", // Prisma: timed out waiting for a connection from the pool
]);

const MESSAGES =
  /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|Server has closed the connection|connect ETIMEDOUT|DatabaseNotReachable|ConnectionClosed/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = error;
  // Walk the cause chain (Prisma's adapter error wraps the driver's, which may wrap the socket's).
  for (let depth = 0; e && typeof e === "object" && !seen.has(e) && depth < 8; depth++) {
    seen.add(e);
    const x = e as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
    if (typeof x.code === "string" && CODES.has(x.code)) return true;
    if (typeof x.originalCode === "string" && CODES.has(x.originalCode)) return true;
    if (typeof x.kind === "string" && /DatabaseNotReachable|ConnectionClosed|SocketTimeout/.test(x.kind)) return true;
    if (typeof x.message === "string" && MESSAGES.test(x.message)) return true;
    if (Array.isArray((e as { errors?: unknown }).errors)) {
      // AggregateError (a connect to every address of a host name failed)
      if ((e as { errors: unknown[] }).errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    }
    e = x.cause;
  }
  return false;
}

/** `promise`'s value, or `fallback` when the database cannot be reached (any other failure is rethrown). */
export async function unlessDatabaseDown<T, F>(promise: Promise<T>, fallback: F): Promise<T | F> {
  try {
    return await promise;
  } catch (e) {
    if (isDatabaseUnavailable(e)) return fallback;
    throw e;
  }
}
