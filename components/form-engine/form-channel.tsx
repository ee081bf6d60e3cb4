"use client";
// Through which channel a form is filled in, for whom: set once by the step page (from Acting) and read by every
// part of the form that needs it (saving, uploads, the kept copy of typed values, window shortcuts), instead of
// being passed down as props, hidden inputs or query strings.
import { createContext, useContext, type ReactNode } from "react";
import type { Channel } from "@/lib/form-engine/types";
import type { Locale } from "@/lib/i18n/config";

export type FormChannel = {
  locale: Locale;
  channel: Channel;
  /** Whose application it is (the key of the copy kept when a save fails). */
  applicantId: string;
  /** At the window: the consented session the clerk enters this for (keyboard-first, saved under it). */
  windowSession?: string;
  /** The item and the path of its form in this channel: /zh/services/<slug>/apply or the window session's. */
  slug: string;
  basePath: string;
};

const FormChannelContext = createContext<FormChannel | null>(null);

export function FormChannelProvider({ value, children }: { value: FormChannel; children: ReactNode }) {
  return <FormChannelContext.Provider value={value}>{children}</FormChannelContext.Provider>;
}

/** The form's channel; null outside a form of an item (the staff page that shows every field kind). */
export function useFormChannel(): FormChannel | null {
  return useContext(FormChannelContext);
}
