// One JSON line for every error a request ends in (instrumentation.ts's onRequestError): the request id (which
// proxy.ts put on the request), the route, and Next.js's digest of the error, which is the number the error page
// shows the resident ("quote this number", components/layout/error-view.tsx). A support person searches the log for
// that number, and from the line's requestId finds every other line of the same request.
import type { Instrumentation } from "next";
import type { Logger } from "./logger";
import { REQUEST_ID_HEADER, isSafeRequestId } from "./request-id";

type Args = Parameters<Instrumentation.onRequestError>;

export function logRequestError(logger: Logger, error: Args[0], request: Args[1], context: Args[2]): void {
  const header = request.headers[REQUEST_ID_HEADER];
  const requestId = Array.isArray(header) ? header[0] : header;
  const digest = (error as { digest?: unknown } | null)?.digest;
  logger.error(
    {
      err: error,
      requestId: isSafeRequestId(requestId) ? requestId : undefined,
      digest: typeof digest === "string" ? digest : undefined,
      method: request.method,
      // The path without its query string: queries carry references and search terms.
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      renderSource: context.renderSource,
    },
    "request failed",
  );
}
