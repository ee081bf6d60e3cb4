"use server";
// Transport for the administrator's "needs action" page. The rules are in the use cases (lib/operations/); here:
// an administrator is signed in, the form's fields, and the page to go back to with what happened.
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { retryFailedMessage } from "../retry-failed-message";
import { resolveFailedMessage } from "../resolve-failed-message";
import { retryFailedJob } from "../retry-failed-job";
import { dismissFailedJob } from "../dismiss-failed-job";

const text = z.string().max(200).default("");
const page = (locale: string) => `/${locale}/admin/needs-action`;
const done = (locale: string, outcome: string) => redirect(`${page(locale)}?done=${outcome}`);

export const retryMessageAction = defineAction({
  name: "admin/message-retry",
  audience: "admin",
  input: z.object({ locale: text, id: z.string().max(20) }),
  back: (locale) => page(locale),
  run: async ({ id }, { admin, locale, ip }) => {
    const r = await retryFailedMessage({ actor: admin, outboxId: id, ip: await ip() });
    done(locale, r.ok ? "messageRetried" : "gone");
  },
});

export const resolveMessageAction = defineAction({
  name: "admin/message-resolve",
  audience: "admin",
  input: z.object({ locale: text, id: z.string().max(20), note: z.string().max(400).default("") }),
  back: (locale) => page(locale),
  run: async ({ id, note }, { admin, locale, ip }) => {
    const r = await resolveFailedMessage({ actor: admin, outboxId: id, note, ip: await ip() });
    done(locale, r.ok ? "messageResolved" : r.reason === "note" ? `note&item=${encodeURIComponent(id)}` : "gone");
  },
});

export const retryJobAction = defineAction({
  name: "admin/job-retry",
  audience: "admin",
  input: z.object({ locale: text, job: z.string().max(40), id: z.string().max(40) }),
  back: (locale) => page(locale),
  run: async ({ job, id }, { admin, locale, ip }) => {
    const r = await retryFailedJob({ actor: admin, job, jobId: id, ip: await ip() });
    done(locale, r.ok ? "jobRetried" : "gone");
  },
});

export const dismissJobAction = defineAction({
  name: "admin/job-dismiss",
  audience: "admin",
  input: z.object({
    locale: text,
    job: z.string().max(40),
    id: z.string().max(40),
    note: z.string().max(400).default(""),
  }),
  back: (locale) => page(locale),
  run: async ({ job, id, note }, { admin, locale, ip }) => {
    const r = await dismissFailedJob({ actor: admin, job, jobId: id, note, ip: await ip() });
    done(locale, r.ok ? "jobDismissed" : r.reason === "note" ? `note&item=${encodeURIComponent(id)}` : "gone");
  },
});
