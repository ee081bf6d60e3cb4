// Stands in for lib/auth/current-user.ts in integration tests of server actions, which ask "who is signed in?"
// through next-auth (a request cookie that does not exist here). The user is still read from the database, with
// the same fields, so the action under test sees a real account. Use in a test file:
//   vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
import { db } from "@/lib/db/client";

let signedIn: { id: string; channel: "online" | "terminal"; sid: string } | null = null;

/** Signs in as the user; `sid` names the session (a UserSession row when the test needs one, e.g. "end others"). */
export function signInAs(userId: string | null, channel: "online" | "terminal" = "online", sid = "test-session") {
  signedIn = userId ? { id: userId, channel, sid } : null;
}

export async function getCurrentUser() {
  if (!signedIn) return null;
  const user = await db.user.findUnique({
    where: { id: signedIn.id },
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
  return {
    ...user,
    channel: signedIn.channel === "terminal" && user.role === "resident" ? ("terminal" as const) : ("online" as const),
    sid: signedIn.sid,
  };
}

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>;
