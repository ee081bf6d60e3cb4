// Whether the account has a password (the hash itself never leaves lib/).
import "server-only";
import { db } from "@/lib/db/client";

export async function hasPassword(userId: string): Promise<boolean> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return !!u?.passwordHash;
}
