import type { Role } from "@/lib/db/generated/enums";
import type { Locale } from "@/lib/i18n/config";

/** Where each role lands after signing in. */
export function homeOf(role: Role, locale: Locale): string {
  switch (role) {
    case "clerk":
      return `/${locale}/clerk`;
    case "reviewer":
      return `/${locale}/review`;
    case "admin":
      return `/${locale}/admin`;
    default:
      return `/${locale}/account`;
  }
}
