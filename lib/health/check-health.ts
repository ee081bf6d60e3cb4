import "server-only";
import { db } from "@/lib/db/client";

/** Liveness of the portal and its database, for load balancers and monitoring. Never throws. */
export async function checkHealth(timeoutMs = 2000): Promise<{ status: "ok" | "degraded"; db: "ok" | "down" }> {
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs).unref?.()),
    ]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "degraded", db: "down" };
  }
}
