"use client";
// What a person typed into a step is kept in this tab's sessionStorage when saving fails (a session that expired,
// the network), and put back when the step opens again. The copy is keyed by whose application it is and, at the
// window, by the consented session: on a clerk's long-lived tab one resident's values can never be restored into
// the next resident's form, and ending the session clears its copies.

import { useEffect } from "react";

export type RescueOwner = { applicantId: string; windowSession?: string };

const PREFIX = "draft:";

export function rescueKey(owner: RescueOwner, slug: string, stepId: string): string {
  return `${PREFIX}${owner.windowSession ?? "own"}:${owner.applicantId}:${slug}:${stepId}`;
}

/** Every kept copy in this tab (all of them when a window session ends: the next resident starts clean). */
export function clearRescues() {
  try {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
  } catch {
    // storage disabled: nothing was kept
  }
}

/** Puts back, once, a copy kept for this key when the step opens; returns how to keep one. */
export function useDraftRescue(key: string, restore: (kept: Record<string, unknown>) => void) {
  useEffect(() => {
    const kept = sessionStorage.getItem(key);
    if (!kept) return;
    sessionStorage.removeItem(key);
    try {
      restore(JSON.parse(kept) as Record<string, unknown>);
    } catch {
      // ignore a corrupt copy
    }
    // restore is the caller's; the copy is read once per key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return (values: Record<string, unknown>) => sessionStorage.setItem(key, JSON.stringify(values));
}
