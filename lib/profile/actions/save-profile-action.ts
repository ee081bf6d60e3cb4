"use server";
// Transport for the resident's profile form (called from the client with the form's values).
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { saveOwnProfile } from "../save-own-profile";

type SaveProfileResult = { ok: true } | { ok: false; errors?: Record<string, string>; sessionExpired?: boolean };

export const saveProfileAction = defineAction({
  name: "profile/save",
  audience: "resident",
  input: z.object({ values: z.record(z.string(), z.unknown()) }),
  signedOut: (): SaveProfileResult => ({ ok: false, sessionExpired: true }),
  run: ({ values }, { user }): Promise<SaveProfileResult> => saveOwnProfile(user, values),
});
