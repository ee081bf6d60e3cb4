import type { Role } from "@/lib/db/generated/enums";

export type Administrator = { id: string; role: Role };

/** The pages and actions check the role too; the rule lives in each use case so no other caller can skip it. */
export function assertAdministrator(actor: Administrator) {
  if (actor.role !== "admin") throw new Error("only an administrator settles what needs action");
}

/** A note on how something was settled: what the administrator did instead (e.g. "told the resident by phone"). */
export const NOTE_MIN = 2;
export const NOTE_MAX = 200;
