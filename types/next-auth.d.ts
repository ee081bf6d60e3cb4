import type { Role } from "@/lib/db/generated/enums";

declare module "next-auth" {
  interface Session {
    user?: { id: string; role: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role | string;
    lastSeen?: number;
  }
}
