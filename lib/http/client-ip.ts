// The client's address: the per-client rate limits key on it and the audit log records it, so it must be an address
// the client cannot choose.
// - Next.js does not hand the socket's peer address to route handlers or server actions, so the portal's start
//   scripts preload scripts/socket-address.cjs: it removes any copy of SOCKET_ADDRESS_HEADER a client sent and puts
//   the peer address there, and sets PORTAL_SOCKET_ADDRESS=1 so this function knows the header is ours. Started any
//   other way (plain `next start`), the header proves nothing and the address is unknown (null).
// - Behind TRUST_PROXY_HOPS proxies of our own (default 0), each appended the address it saw to X-Forwarded-For, so
//   the client is exactly that many hops in from the right, counting the peer as the first: everything further
//   left was written by the client. X-Real-IP is never read (any client can send it).
import { isIP } from "node:net";
import { env } from "@/lib/env";

export const SOCKET_ADDRESS_HEADER = "x-portal-socket-address";

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function valid(raw: string | undefined | null): string | null {
  const a = (raw ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return a && isIP(a) ? a : null;
}

export function clientIp(headers: HeaderBag): string | null {
  const get = (name: string): string | null => {
    if (headers instanceof Headers) return headers.get(name);
    const v = headers[name];
    return Array.isArray(v) ? v.join(", ") : (v ?? null);
  };
  const settings = env();
  if (settings.PORTAL_SOCKET_ADDRESS !== "1") return null;
  const peer = get(SOCKET_ADDRESS_HEADER);
  const hops = settings.TRUST_PROXY_HOPS;
  if (hops === 0) return valid(peer);
  // [peer, last hop, …, first hop]: index n is the address the n-th proxy of ours saw; a shorter chain means the
  // request came in past some outer proxy, and its leftmost entry is then the furthest address we can vouch for.
  const forwarded = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [peer ?? "", ...forwarded.reverse()];
  return valid(chain[Math.min(hops, chain.length - 1)]);
}
