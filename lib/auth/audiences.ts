// Who signs in where: residents with a mobile number on the resident page, staff with a staff ID on the staff
// page. A resident's credentials never work on the staff page and vice versa.
import { z } from "zod";
import type { Role } from "@/lib/db/generated/enums";

export const audiences = ["resident", "staff"] as const;
export type Audience = (typeof audiences)[number];

export const rolesOf: Record<Audience, readonly Role[]> = {
  resident: ["resident"],
  staff: ["clerk", "reviewer", "admin"],
};

export const staffRoles: readonly Role[] = rolesOf.staff;

/** Mainland mobile numbers: 11 digits starting with 1. Messages are translation keys. */
export const ZMobile = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { error: "validation:mobile" });
export const ZStaffId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{3,32}$/, { error: "validation:staffId" });
export const ZPassword = z.string().min(1, { error: "validation:passwordRequired" }).max(200);

export const ZResidentCredentials = z.object({ login: ZMobile, password: ZPassword });
export const ZStaffCredentials = z.object({ login: ZStaffId, password: ZPassword });
export type TCredentials = z.infer<typeof ZResidentCredentials>;

export const credentialsSchema: Record<Audience, typeof ZResidentCredentials> = {
  resident: ZResidentCredentials,
  staff: ZStaffCredentials,
};

/** The account a sign-in limit is counted under (lockout-rule.ts): the typed login, normalised, per audience. */
export function throttleKey(audience: Audience, login: string): string {
  return `${audience}:${login.trim().toLowerCase()}`;
}
