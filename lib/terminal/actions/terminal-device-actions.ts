"use server";
// Transport for the hall-terminal admin page and the kiosk's enrolment form. The rules are in
// manage-terminal-devices.ts; here: who may call (an admin, or anyone at the kiosk holding a key) and the cookie.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction, defineStateAction } from "@/lib/actions/define-action";
import { requestIsHttps, secureCookies } from "@/lib/auth/session-cookie";
import { enrolTerminal, issueTerminalDevice, revokeTerminalDevice, ZTerminalName } from "../manage-terminal-devices";
import { TERMINAL_DEVICE_COOKIE, TERMINAL_DEVICE_COOKIE_SECONDS } from "../terminal-device";

const text = z.string().max(200).default("");

export type IssueTerminalState = { issued?: { name: string; key: string }; error?: string };

export const issueTerminalAction = defineStateAction({
  name: "admin/terminal-issue",
  audience: "admin",
  input: z.object({ locale: text, name: text }),
  back: (locale) => `/${locale}/admin/terminals`,
  run: async ({ name }, { admin, ip }): Promise<IssueTerminalState> => {
    if (!ZTerminalName.safeParse(name).success) return { error: "staff:terminals.nameRequired" };
    const d = await issueTerminalDevice({ actor: admin, name, ip: await ip() });
    // The key is shown once, in this answer only (never in a URL or the log).
    return { issued: { name: d.name, key: d.key } };
  },
});

export const revokeTerminalAction = defineAction({
  name: "admin/terminal-revoke",
  audience: "admin",
  input: z.object({ locale: text, id: z.string().max(40) }),
  back: (locale) => `/${locale}/admin/terminals`,
  run: async ({ id }, { admin, locale, ip }) => {
    await revokeTerminalDevice({ actor: admin, id, ip: await ip() });
    redirect(`/${locale}/admin/terminals`);
  },
});

export type EnrolTerminalState = { error?: string };

export const enrolTerminalAction = defineStateAction({
  name: "terminal/enrol",
  audience: "public",
  input: z.object({ locale: text, key: text }),
  run: async ({ key }, { locale, ip }): Promise<EnrolTerminalState> => {
    if (!(await enrolTerminal({ key, ip: await ip() }))) return { error: "window:terminal.enrol.invalid" };
    (await cookies()).set(TERMINAL_DEVICE_COOKIE, key.trim(), {
      httpOnly: true,
      sameSite: "strict",
      secure: secureCookies() || requestIsHttps({ headers: await headers() }),
      path: "/",
      maxAge: TERMINAL_DEVICE_COOKIE_SECONDS,
    });
    redirect(`/${locale}/terminal`);
  },
});
