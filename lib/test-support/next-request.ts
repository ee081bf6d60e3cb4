// What Next.js gives a server action inside a request (cookies, headers, cache revalidation, redirects) and that does
// not exist in a plain test process. Test files mock the Next modules they reach with these:
//   vi.mock("next/headers", () => import("@/lib/test-support/next-request"));
//   vi.mock("next/cache", () => import("@/lib/test-support/next-request"));
// (next/navigation's own module cannot be loaded in the VM pool the integration tests run in, and its redirect()
// does nothing but throw this same error outside a request.)
import { SOCKET_ADDRESS_HEADER } from "@/lib/http/client-ip";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

/** The request id proxy.ts would have given the request these headers stand for. */
export const TEST_REQUEST_ID = "TESTREQ0001";

export const cookieJar = new Map<string, string>();

export async function cookies() {
  return {
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
  };
}

/** The request as the portal's start script and proxy.ts hand it on: the client's socket address in the internal
 * header, and the request id. */
export async function headers() {
  return new Headers({ [SOCKET_ADDRESS_HEADER]: "192.0.2.77", [REQUEST_ID_HEADER]: TEST_REQUEST_ID });
}

export function revalidatePath() {}

/** Runs a server action that ends in redirect() and returns where it sent the browser (null if it did not). */
export async function redirectOf(action: () => Promise<unknown>): Promise<string | null> {
  try {
    await action();
    return null;
  } catch (e) {
    const digest = (e as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? null;
    throw e;
  }
}

export function form(fields: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
}
