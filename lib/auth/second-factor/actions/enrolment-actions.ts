"use server";
// Transport for the administrator's authenticator enrolment: start (a new secret, then the page that shows it) and
// confirm (the staff member's first code). The rules are in enrol-staff-authenticator.ts.
import { z } from "zod";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/actions/define-action";
import { beginEnrolment, confirmEnrolment } from "../enrol-staff-authenticator";

const page = (locale: string, staff: string) => `/${locale}/admin/authenticators/${encodeURIComponent(staff)}`;

export const beginEnrolmentAction = defineAction({
  name: "admin/begin-enrolment",
  audience: "admin",
  input: z.object({ staff: z.string().max(40) }),
  back: (locale) => `/${locale}/admin/authenticators`,
  async run({ staff }, { admin, locale, ip }) {
    await beginEnrolment({ admin, staffUserId: staff, ip: await ip() });
    redirect(page(locale, staff));
  },
});

export const confirmEnrolmentAction = defineAction({
  name: "admin/confirm-enrolment",
  audience: "admin",
  input: z.object({ staff: z.string().max(40), code: z.string().max(10).default("") }),
  back: (locale) => `/${locale}/admin/authenticators`,
  async run({ staff, code }, { admin, locale, ip }) {
    const r = await confirmEnrolment({ admin, staffUserId: staff, code, ip: await ip() });
    redirect(
      r.ok
        ? `/${locale}/admin/authenticators?enrolled=${encodeURIComponent(staff)}`
        : `${page(locale, staff)}?error=code`,
    );
  },
});
