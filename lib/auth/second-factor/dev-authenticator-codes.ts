// Development's stand-in for the staff's phones (like /dev/sms for SMS): the code each demo staff account's
// authenticator would show now. Development only: the page answers 404 elsewhere, and this refuses as well.
import "server-only";
import { db } from "@/lib/db/client";
import { isDevelopment } from "@/lib/env";
import { openField } from "@/lib/security/data-keys";
import { totpCodeAt } from "./totp";

export async function devAuthenticatorCodes(now = Date.now()) {
  if (!isDevelopment()) return null;
  const rows = await db.staffSecondFactor.findMany({
    where: { secret: { not: null } },
    select: { secret: true, user: { select: { staffId: true } } },
    orderBy: { user: { staffId: "asc" } },
    take: 50,
  });
  return Promise.all(
    rows.map(async (r) => ({ staffId: r.user.staffId ?? "", code: await totpCodeAt(openField(r.secret!), now) })),
  );
}
