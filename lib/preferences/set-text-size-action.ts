"use server";
// Server action behind the "长辈版 / standard" switch. A plain form post: it works without JavaScript.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/paths";
import { TEXT_SIZE_COOKIE, ZTextSize } from "./text-size";

export async function setTextSizeAction(formData: FormData) {
  const size = ZTextSize.catch("standard").parse(formData.get("size"));
  const returnTo = safeReturnPath(formData.get("returnTo"), "/");
  (await cookies()).set(TEXT_SIZE_COOKIE, size, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await db.user.update({ where: { id: user.id }, data: { textSize: size } });
  redirect(returnTo);
}
