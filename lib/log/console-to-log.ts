// In a production server, whatever still writes to `console` (Next.js itself: its "⨯ Error: …" print of a failed
// request; a library's warning) goes through the logger instead: a JSON line like every other, personal data
// scrubbed, the request id on it. Next's print of a request's error would otherwise put the raw message (an ID number
// a query quoted) on stderr beside our scrubbed line; that error is already on its onRequestError line
// (lib/log/request-error.ts), so a console error carrying a digest is written at debug level only.
// Installed by instrumentation.ts's register(); development keeps the plain console a developer reads.
import { format } from "node:util";
import type { Logger } from "./logger";

const LEVELS = { error: "error", warn: "warn", info: "info", log: "info", debug: "debug", trace: "trace" } as const;

// Next's coloured prefixes ("⨯ ", "⚠ ") and terminal colour codes.
const DECORATION = /\u001b\[[0-9;]*m|^\s*[⨯⚠○✓▲]\s*/g;

export function routeConsoleToLog(logger: Logger, target: Pick<Console, keyof typeof LEVELS> = console): void {
  for (const [method, level] of Object.entries(LEVELS) as [
    keyof typeof LEVELS,
    (typeof LEVELS)[keyof typeof LEVELS],
  ][]) {
    target[method] = (...args: unknown[]) => {
      const err = args.find((a): a is Error => a instanceof Error);
      const rest = args.filter((a) => a !== err);
      const message =
        format(...rest)
          .replace(DECORATION, "")
          .trim() ||
        err?.message ||
        "";
      const digest = (err as { digest?: unknown } | undefined)?.digest;
      const at = typeof digest === "string" && level === "error" ? "debug" : level;
      logger[at]({ source: "console", ...(err ? { err } : {}) }, message);
    };
  }
}
