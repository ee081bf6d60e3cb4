// The request id: one short token per request, made by proxy.ts, passed on to our code as the request header
// `x-request-id`, sent back as the response header of the same name, and written on every log line of the request
// (lib/log/request-log.ts) and on its error line (instrumentation.ts). A resident who quotes it (error messages that
// carry a reference show it) leads a support person to the lines of that request.
// Pure: proxy.ts, the upload route and the tests use it.

export const REQUEST_ID_HEADER = "x-request-id";

// Crockford's base32 without I, L, O, U: nothing to misread when a resident reads it out over the phone.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 10; // 50 bits: unique enough to find one request among a year's, short enough to read out

/** A new request id: ten characters of Crockford base32 (e.g. `7K3M9QX2TR`). */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  let id = "";
  for (const b of bytes) id += ALPHABET[b & 31];
  return id;
}

// What a proxy in front may send (nginx's $request_id is 32 hex digits, others use UUIDs): letters, digits, `-` and
// `_`, 8 to 64 of them. Nothing that could break a log line or a header, nothing long enough to flood one.
const SAFE = /^[A-Za-z0-9_-]{8,64}$/;

export function isSafeRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && SAFE.test(value);
}

/**
 * The id of this request: the one a trusted proxy in front of the portal set, when there is such a proxy
 * (TRUST_PROXY_HOPS ≥ 1) and the value is safe; otherwise a new one. Without a proxy of ours, the header came from
 * the client, which must not choose the id another request is logged under.
 */
export function requestIdFor(incoming: string | null | undefined, trustedProxies: number): string {
  return trustedProxies > 0 && isSafeRequestId(incoming) ? incoming : newRequestId();
}
