// The client's address for the audit log. Behind the load balancer the first X-Forwarded-For hop is the client;
// only trust it there (TRUST_PROXY=1), otherwise it is whatever the client chose to send.
import { env } from "@/lib/env";
type HeaderBag = Record<string, string | string[] | undefined> | Headers;

export function clientIp(headers: HeaderBag): string | null {
  const get = (name: string) => {
    if (headers instanceof Headers) return headers.get(name);
    const v = headers[name];
    return Array.isArray(v) ? v[0] : (v ?? null);
  };
  if (env().TRUST_PROXY === "1") {
    const fwd = get("x-forwarded-for");
    if (fwd) return fwd.split(",")[0]!.trim().slice(0, 64);
  }
  return get("x-real-ip")?.slice(0, 64) ?? null;
}
