// The signed-in user for this request, read once (React cache) with only the fields pages need.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { sessionIsOpen } from "./sessions/user-sessions";
import { sessionCookieName } from "./session-cookie";

export const getCurrentUser = cache(async () => {
  // No session cookie (most public page views): nobody is signed in, and next-auth need not run (its session
  // handler makes a CSRF token, a random value and a hash, on every call). A large cookie comes in chunks (.0, .1…).
  const name = sessionCookieName();
  const jar = await cookies();
  if (!jar.get(name) && !jar.get(`${name}.0`)) return null;
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  // The cookie's session must still be open: ended by signing out, "end all sessions" or a password change.
  if (!(await sessionIsOpen(session.user?.sid, id))) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      role: true,
      nameZh: true,
      nameUg: true,
      mobile: true,
      staffId: true,
      windowNo: true,
      textSize: true,
      disabledAt: true,
      assurance: true,
      department: { select: { id: true, nameZh: true, nameUg: true } },
    },
  });
  if (!user || user.disabledAt) return null;
  // The channel comes from how this session signed in: a hall kiosk is "terminal", everything else "online".
  const channel: "online" | "terminal" =
    session?.user?.channel === "terminal" && user.role === "resident" ? "terminal" : "online";
  return { ...user, channel, sid: session.user!.sid! };
});

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
