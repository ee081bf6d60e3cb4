// Use case: real-name verification (实名认证) of a phone-verified account against the population registry, with three
// factors: name, ID number, and the account's own mobile as the number registered to that identity with the carrier.
// A match makes name and ID number verified profile facts and raises the account to "registry". Any other outcome —
// no such person, another name, another mobile, or an ID number another account already holds — gets one answer, so the form cannot be used
// to learn who is registered or who has an account; the audit row keeps the real reason for staff.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { populationRegistry } from "@/lib/profile/registry/demo-registry";
import { confirmsIdentity, matchesRegistry } from "@/lib/profile/registry/registry-match";
import { hitLimit } from "@/lib/security/rate-limit";
import { checkIdNumber, normalizeIdNumber } from "@/lib/validators/id-number";
import { isPersonName, normalizePersonName } from "@/lib/validators/person-name";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { higherAssurance } from "./assurance";
import { REAL_NAME_TRIES } from "./account-rules";
import { isUniqueViolation } from "./unique-violation";
import { idNumberHash, profileWithIdNumber, sealProfileData } from "@/lib/profile/sealed-fields";

export type RealNameResult =
  | { ok: true }
  | { ok: false; reason: "invalid"; errors: { fullName?: string; idNumber?: string } }
  | { ok: false; reason: "mismatch" | "tooManyTries" };

export async function verifyRealName(
  acting: { userId: string },
  input: { fullName: string; idNumber: string; ip: string | null },
): Promise<RealNameResult> {
  const fullName = normalizePersonName(input.fullName);
  const idNumber = normalizeIdNumber(input.idNumber);
  const errors: { fullName?: string; idNumber?: string } = {};
  if (!isPersonName(fullName)) errors.fullName = "validation:personName";
  const idProblem = checkIdNumber(idNumber, todayInShanghai());
  if (idProblem) errors.idNumber = `validation:idNumber.${idProblem}`;
  if (errors.fullName || errors.idNumber) return { ok: false, reason: "invalid", errors };

  const user = await db.user.findUniqueOrThrow({
    where: { id: acting.userId },
    select: { id: true, role: true, mobile: true, assurance: true, profile: { select: { idNumberHash: true } } },
  });
  if (!(await hitLimit(REAL_NAME_TRIES, user.id)).allowed) return { ok: false, reason: "tooManyTries" };

  const person = await populationRegistry().lookup(idNumber);
  const holder = await db.profile.findUnique({ where: profileWithIdNumber(idNumber), select: { userId: true } });
  const heldByOther = !!holder && holder.userId !== user.id;
  // An account already verified under another ID number keeps it: a second identity is settled at a window.
  const otherIdOnFile = !!user.profile?.idNumberHash && user.profile.idNumberHash !== idNumberHash(idNumber);
  const matched = matchesRegistry(person, { fullName, idNumber });
  // Name and ID number are not enough: the account's code-proven mobile must be the one the carrier has registered to
  // that identity. Otherwise the identity is settled in person at a window (the reply says so).
  const ownMobile = confirmsIdentity(person, { fullName, idNumber }, user.mobile);
  if (!ownMobile || heldByOther || otherIdOnFile) {
    const reason = !matched ? "mismatch" : !ownMobile ? "mobile" : heldByOther ? "held" : "otherId";
    await recordAudit({
      action: "account.real_name_failed",
      payload: { reason },
      actor: user,
      subject: { type: "user", id: user.id },
      ip: input.ip,
    });
    return { ok: false, reason: "mismatch" };
  }

  try {
    await db.$transaction(async (tx) => {
      const facts = {
        fullName: person!.fullName,
        idNumber,
        mobile: user.mobile,
        ...(person!.address ? { address: person!.address } : {}),
      };
      // The ID number is stored sealed, with its lookup hash (lib/profile/sealed-fields.ts).
      const data = sealProfileData(facts) as Prisma.ProfileUncheckedUpdateInput;
      await tx.profile.upsert({
        where: { userId: user.id },
        create: { ...data, userId: user.id } as Prisma.ProfileUncheckedCreateInput,
        update: data,
      });
      const at = new Date();
      for (const field of Object.keys(facts)) {
        const row = {
          source: "registry" as const,
          channel: "online" as const,
          enteredById: user.id,
          verified: true,
          at,
        };
        await tx.profileFieldSource.upsert({
          where: { userId_field: { userId: user.id, field } },
          create: { userId: user.id, field, ...row },
          update: row,
        });
      }
      await tx.user.update({
        where: { id: user.id },
        data: { nameZh: person!.fullName, assurance: higherAssurance(user.assurance, "registry") },
      });
      await recordAudit(
        {
          action: "account.real_name_verified",
          payload: {},
          actor: user,
          subject: { type: "user", id: user.id },
          ip: input.ip,
        },
        tx,
      );
    });
  } catch (e) {
    // The same ID number verified by another account a moment earlier: the unique index decides.
    if (isUniqueViolation(e)) return { ok: false, reason: "mismatch" };
    throw e;
  }
  return { ok: true };
}
