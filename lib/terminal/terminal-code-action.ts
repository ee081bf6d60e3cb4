"use server";
import { headers } from "next/headers";
import { clientIp } from "@/lib/http/client-ip";
import { sendTerminalCode, type TerminalCodeResult } from "./send-terminal-code";

export async function terminalCodeAction(idNumber: string): Promise<TerminalCodeResult> {
  return sendTerminalCode(String(idNumber ?? "").slice(0, 30), clientIp(await headers()));
}
