import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsFor } from "@/lib/auth/auth-options";
import { requestIsHttps } from "@/lib/auth/session-cookie";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options per request: the cookies' Secure flag follows the request's scheme.
function handler(req: NextRequest, ctx: Context) {
  return NextAuth(req, ctx, authOptionsFor(requestIsHttps(req)));
}
export { handler as GET, handler as POST };
