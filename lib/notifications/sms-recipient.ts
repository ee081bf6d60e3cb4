// Where and in which language a resident's SMS goes: the mobile on their profile (kept current by the profile's own
// rules), else the account's sign-in mobile, in the language they chose. Null: no phone to text.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Locale } from "@/lib/i18n/config";

export async function smsRecipient(
  tx: Prisma.TransactionClient,
  userId: string,
): Promise<{ to: string; locale: Locale } | null> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { mobile: true, locale: true, profile: { select: { mobile: true } } },
  });
  const to = user?.profile?.mobile ?? user?.mobile;
  return to ? { to, locale: user?.locale ?? "zh" } : null;
}
