// The portal's one logger: structured JSON lines (pino) on stdout, for a log collector to read. Personal data never
// reaches a line: fields named in SENSITIVE_KEYS are blanked at any depth, and every string (the message, an error's
// message and stack, any value) loses ID numbers, mobiles and one-time codes (lib/log/scrub.ts).
// The level comes from LOG_LEVEL (trace … fatal, silent), "info" by default.
// Every line written while a request is served carries its `requestId` (./request-context.ts).
// Use `log` (or a child with context: `log.child({ job })`, `requestLog({ … })` from ./request-log), never `console`,
// in product code. Context goes into the object, not the message:
// `log.warn({ err, applicationId }, "outbox delivery failed")`.
import pino, { type DestinationStream } from "pino";
import { logLevel } from "@/lib/env";
import { requestIdNow } from "./request-context";
import { scrubText, scrubValue } from "./scrub";

export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const logger = pino(
    {
      level: options.level ?? logLevel(),
      base: { service: "portal" },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Every line written while a request is served names it (proxy.ts gave it the id).
      mixin: () => {
        const requestId = requestIdNow();
        return requestId ? { requestId } : {};
      },
      serializers: {
        // The message is formatted first (`%s` arguments included), then scrubbed; an Error passed first lends its
        // message here too.
        msg: (m: unknown) => (typeof m === "string" ? scrubText(m) : m),
        // formatters.log below has already made the error a plain, scrubbed object; pino's own serializer would
        // rename its type to "Object".
        err: (e: unknown) => e,
      },
      formatters: {
        // The logged object, errors under any key included, scrubbed before it is serialized.
        log: (object) => scrubValue(object) as Record<string, unknown>,
        bindings: (bindings) => scrubValue(bindings) as Record<string, unknown>,
      },
    },
    options.destination,
  );
  // A child's bindings skip formatters.bindings (pino applies it to the root's only): scrub them on the way in.
  // Children inherit this method, so grandchildren are covered too.
  const child = logger.child;
  logger.child = function (this: Logger, bindings, childOptions) {
    return child.call(this, scrubValue(bindings) as pino.Bindings, childOptions);
  } as Logger["child"];
  return logger;
}

export const log = createLogger();

export type Logger = pino.Logger;
