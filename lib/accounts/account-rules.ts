// The account rules as schemas and constants (pure). Messages are translation keys.
import { z } from "zod";
import { ZMobile } from "@/lib/auth/audiences";
import type { Limit } from "@/lib/security/rate-limit-window";

export { ZMobile };

const HOUR = 3_600_000;

/** SMS codes to one number: five an hour (with one a minute enforced by the code store itself). */
export const CODES_PER_NUMBER: Limit = { name: "code:number", max: 5, windowMs: HOUR };
/** SMS codes asked for from one client address: twenty an hour (a service hall's tablets share one address). */
export const CODES_PER_CLIENT: Limit = { name: "code:client", max: 20, windowMs: HOUR };
/** Real-name checks per account: five a day, so the registry cannot be searched through our form. */
export const REAL_NAME_TRIES: Limit = { name: "realname:user", max: 5, windowMs: 24 * HOUR };

export const ZCode = z
  .string()
  .transform((s) => s.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "validation:code" }));

/** A new password: 8 to 64 characters with at least one letter and one digit (GB/T 22239 level 3 asks for complexity). */
export const ZNewPassword = z
  .string()
  .min(8, { error: "validation:passwordRule" })
  .max(64, { error: "validation:passwordRule" })
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { error: "validation:passwordRule" });

/** What a phone code is for; the purpose is part of the code's key, so a sign-in code cannot reset a password. */
export const PHONE_SIGN_IN = "phone-sign-in";
export const PASSWORD_RESET = "password-reset";
export const changeMobilePurpose = (userId: string) => `change-mobile:${userId}`;
