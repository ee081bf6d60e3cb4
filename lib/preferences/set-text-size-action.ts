"use server";
// Server action behind the "长辈版 / standard" switch. A plain form post: it works without JavaScript.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { safeReturnPath } from "@/lib/http/paths";
import { TEXT_SIZE_COOKIE, ZTextSize } from "./text-size";
import { rememberTextSize } from "./remember-text-size";

export const setTextSizeAction = defineAction({
  name: "preferences/text-size",
  audience: "public",
  input: z.object({ size: ZTextSize.catch("standard"), returnTo: z.string().optional() }),
  async run({ size, returnTo }, { user }) {
    (await cookies()).set(TEXT_SIZE_COOKIE, size, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
    if (user) await rememberTextSize(user.id, size);
    redirect(safeReturnPath(returnTo, "/"));
  },
});
