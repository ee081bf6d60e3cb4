import type { Role } from "@/lib/db/generated/enums";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: Role; channel?: "online" | "terminal"; sid?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role | string;
    lastSeen?: number;
    /** When this session signed in (ms): the absolute 12-hour limit counts from here. */
    started?: number;
    /** "terminal" for a sign-in at a hall kiosk (short idle limit, large text, no persistent data). */
    channel?: "online" | "terminal";
    /** The UserSession row this cookie belongs to; an ended row signs the cookie out. */
    sid?: string;
  }
}
