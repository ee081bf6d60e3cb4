"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/http/paths";
import { WINDOW_LAYOUT_COOKIE, windowLayoutOf } from "./window-layout";

export async function setWindowLayoutAction(formData: FormData) {
  const layout = windowLayoutOf(String(formData.get("layout") ?? ""));
  (await cookies()).set(WINDOW_LAYOUT_COOKIE, layout, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  redirect(safeReturnPath(formData.get("returnTo"), "/"));
}
