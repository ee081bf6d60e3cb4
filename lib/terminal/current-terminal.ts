// Whether the browser asking is a registered hall kiosk (its device cookie names an unrevoked terminal).
import "server-only";
import { cookies } from "next/headers";
import { TERMINAL_DEVICE_COOKIE, terminalDeviceOf } from "./terminal-device";

export async function isRegisteredTerminal(): Promise<boolean> {
  return (await terminalDeviceOf((await cookies()).get(TERMINAL_DEVICE_COOKIE)?.value)) !== null;
}
