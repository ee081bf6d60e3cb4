"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { sendTerminalCode, type TerminalCodeResult } from "./send-terminal-code";
import { TERMINAL_DEVICE_COOKIE } from "./terminal-device";

// The kiosk's "send me a code": the same answer whether the ID number is known or not (send-terminal-code.ts).
export const terminalCodeAction = defineAction({
  name: "terminal/send-code",
  audience: "public",
  input: z.object({ idNumber: z.string().default("") }),
  refused: (): TerminalCodeResult => ({ ok: false, reason: "wait" }),
  // Only a registered kiosk may ask: its device key is in the httpOnly cookie set at enrolment.
  run: async ({ idNumber }, { ip }): Promise<TerminalCodeResult> =>
    sendTerminalCode(idNumber.slice(0, 30), await ip(), (await cookies()).get(TERMINAL_DEVICE_COOKIE)?.value),
});
