// The text size a signed-in person chose, kept on their account so it follows them to another device.
import "server-only";
import { db } from "@/lib/db/client";
import type { TTextSize } from "./text-size";

export async function rememberTextSize(userId: string, size: TTextSize): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { textSize: size } });
}
