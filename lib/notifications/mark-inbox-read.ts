"use server";
// Marks all of the signed-in resident's notifications read (a plain form post; no id from the form is trusted).
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

export async function markInboxReadAction() {
  const user = await getCurrentUser();
  if (!user || user.role !== "resident") return;
  await db.notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  revalidatePath("/", "layout");
}
