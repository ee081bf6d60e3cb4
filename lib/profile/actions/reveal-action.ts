"use server";
import { z } from "zod";
import { defineStateAction } from "@/lib/actions/define-action";
import { revealProfileField } from "../staff-profile-access";

export type RevealState = { value?: string; error?: string; field?: string };

const input = z.object({ session: z.string(), field: z.string().default(""), reason: z.string().default("") });

// A clerk reveals one full value of a resident's profile, within a consented window session; the reason is
// required and the reveal is audited. Without consent the answer is the same "not found" as for no such person.
export const revealAction = defineStateAction({
  name: "profile/reveal",
  audience: "window",
  input,
  signedOut: (_locale, i): RevealState => ({ error: "window:errors.noConsent", field: i?.field }),
  refused: (_code, { input }): RevealState => ({ error: "window:errors.noConsent", field: input?.field }),
  async run({ field, reason }, { grant, ip }): Promise<RevealState> {
    if (reason.trim().length < 2) return { error: "staff:reveal.reasonRequired", field };
    const value = await revealProfileField(grant, field, reason, await ip());
    return value ? { value, field } : { error: "staff:reveal.none", field };
  },
});
