"use server";
// Marks all of the signed-in resident's notifications read (a plain form post; no id from the form is trusted).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { markAllRead } from "./mark-all-read";

export const markInboxReadAction = defineAction({
  name: "inbox/mark-read",
  audience: "resident",
  input: z.object({}),
  signedOut: () => undefined, // nothing to mark; the inbox page itself asks a signed-out visitor to sign in
  async run(_input, { user }) {
    await markAllRead(user.id);
    // Wide and cheap: see lib/applications/actions/transition-action.ts (pages are per request; one tag either way).
    revalidatePath("/", "layout");
  },
});
