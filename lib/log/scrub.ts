// Personal data inside free text: an error message that quotes a query's values, a URL with a mobile in it, an SMS
// body in a stack trace. Key names cannot catch those (the key is `msg` or `stack`), so the logger passes every
// string of a line through `scrubText` as well as blanking the fields named in SENSITIVE_KEYS.
// Pure and dependency-free: the logger and its tests use it.

/** Field names that hold personal data or secrets: their values are blanked at any depth, whatever they hold. */
export const SENSITIVE_KEYS: ReadonlySet<string> = new Set(
  [
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
    "set-cookie",
  ].map((k) => k.toLowerCase()),
);

export const CENSOR = "[redacted]";

// A resident ID number: 17 digits and a check digit or X (GB 11643), not part of a longer run of digits.
const ID_NUMBER = /(?<![0-9])[1-9]\d{16}[\dXx](?![0-9A-Za-z])/g;
// A mainland mobile (11 digits from 13x–19x), with or without +86 / 86 before it.
const MOBILE = /(?<![0-9])(?:\+?86[\s-]?)?1[3-9]\d{9}(?![0-9])/g;
// A one-time code: six digits within a few characters after (or just before) a word that names one, in the
// languages our messages use: 验证码 / 校验码 / 动态码, code / OTP / PIN, Uyghur كود (كودى، كودىڭىز …).
const CODE_WORD = "(?:验证码|校验码|动态码|口令|code|otp|pin|كود)";
const CODE_AFTER_WORD = new RegExp(`(${CODE_WORD}[^0-9]{0,16}?)(?<![0-9])\\d{6}(?![0-9])`, "gi");
const CODE_BEFORE_WORD = new RegExp(`(?<![0-9])\\d{6}(?![0-9])(?=[^0-9]{0,8}${CODE_WORD})`, "gi");

/** The text with ID numbers, mobiles and one-time codes replaced by placeholders. */
export function scrubText(text: string): string {
  if (!/\d{6}/.test(text)) return text; // nothing below can match without six digits in a row
  return text
    .replace(ID_NUMBER, "[id-number]")
    .replace(MOBILE, "[mobile]")
    .replace(CODE_AFTER_WORD, "$1[code]")
    .replace(CODE_BEFORE_WORD, "[code]");
}

/** Keys whose values we write ourselves and that must stay searchable as they are (a request id may hold digits). */
const VERBATIM_KEYS = new Set(["requestId", "digest", "time", "level"]);

const MAX_DEPTH = 6;

/**
 * A copy of a logged value fit to write: sensitive keys blanked at any depth, every string scrubbed, a number that
 * is a mobile or an ID number blanked, and errors turned into plain objects (type, message, stack, cause, code)
 * scrubbed the same way.
 */
export function scrubValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === "string") return scrubText(value);
  if (typeof value === "number" || typeof value === "bigint") {
    const s = String(value);
    return scrubText(s) === s ? value : CENSOR;
  }
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  seen.add(value);
  if (value instanceof Error) return scrubError(value, depth, seen);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1, seen));
  if (value instanceof Date || value instanceof URL) return scrubValue(value.toString(), depth, seen);
  if (value instanceof Headers) return scrubObject(Object.fromEntries(value.entries()), depth, seen);
  return scrubObject(value as Record<string, unknown>, depth, seen);
}

function scrubObject(object: Record<string, unknown>, depth: number, seen: WeakSet<object>) {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(object)) {
    if (v === undefined || typeof v === "function") continue;
    if (SENSITIVE_KEYS.has(key.toLowerCase())) out[key] = CENSOR;
    else if (VERBATIM_KEYS.has(key) && (typeof v === "string" || typeof v === "number")) out[key] = v;
    else out[key] = scrubValue(v, depth + 1, seen);
  }
  return out;
}

function scrubError(e: Error & { code?: unknown; digest?: unknown }, depth: number, seen: WeakSet<object>) {
  const out: Record<string, unknown> = {
    type: e.constructor?.name ?? e.name,
    message: scrubText(e.message),
    stack: e.stack ? scrubText(e.stack) : undefined,
  };
  // A library's error code (Prisma's P2002, Node's ECONNREFUSED) helps; a bare number under `code` may be an OTP.
  if ((typeof e.code === "string" || typeof e.code === "number") && !/^\d+$/.test(String(e.code)))
    out.errorCode = String(e.code);
  if (typeof e.digest === "string") out.digest = e.digest;
  if (e.cause !== undefined) out.cause = scrubValue(e.cause, depth + 1, seen);
  return out;
}
