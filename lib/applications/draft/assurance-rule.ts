// Whether a resident is sure enough to be who they say to apply for an item (pure). The item names the level it
// needs (ServiceDef.assurance); the resident's level is stored on their account (User.assurance). Only a resident
// applying for themselves, online or at a hall kiosk, is held to it: at the window the clerk sees the ID card
// before acting for them, which is the in-person check itself.
import { meetsAssurance, type AssuranceLevel } from "@/lib/accounts/assurance";
import type { Channel } from "@/lib/form-engine/types";

/** What is missing: the level the item needs and the one the resident has. */
export type AssuranceShortfall = { need: AssuranceLevel; have: AssuranceLevel };

export function assuranceShortfall(
  channel: Channel,
  have: AssuranceLevel,
  need: AssuranceLevel,
): AssuranceShortfall | null {
  if (channel === "window") return null;
  return meetsAssurance(have, need) ? null : { need, have };
}
