// The portal's one logger: structured JSON lines (pino) on stdout, for a log collector to read. Personal data never
// reaches a line: the redact paths below blank the fields that carry it, wherever they sit in the logged object.
// The level comes from LOG_LEVEL (trace … fatal, silent), "info" by default.
// Use `log` (or a child with request or job context: `log.child({ requestId })`), never `console`, in product code.
import pino from "pino";

/** Field names that hold personal data or secrets, blanked at any depth up to two levels down. */
const SENSITIVE = [
  "idNumber",
  "mobile",
  "phone",
  "to",
  "code",
  "otp",
  "password",
  "body",
  "secret",
  "token",
  "authorization",
  "cookie",
];

export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "portal" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: SENSITIVE.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
    censor: "[redacted]",
  },
});

export type Logger = typeof log;
