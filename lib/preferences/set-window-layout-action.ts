"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { safeReturnPath } from "@/lib/http/paths";
import { WINDOW_LAYOUT_COOKIE, windowLayoutOf } from "./window-layout";

// The window workspace's layout (one column or side by side), kept in a cookie on the counter's computer.
export const setWindowLayoutAction = defineAction({
  name: "preferences/window-layout",
  audience: "public",
  input: z.object({ layout: z.string().default(""), returnTo: z.string().optional() }),
  async run({ layout, returnTo }) {
    (await cookies()).set(WINDOW_LAYOUT_COOKIE, windowLayoutOf(layout), {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
    });
    redirect(safeReturnPath(returnTo, "/"));
  },
});
