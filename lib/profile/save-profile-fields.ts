// Use case: write profile fields with their provenance. A change by the resident makes a verified field
// self-declared again; a clerk's entry after seeing the original document is verified.
import "server-only";
import { db } from "@/lib/db/client";
import type { Channel, Prisma, ProfileSource } from "@/lib/db/generated/client";
import { fieldSchema } from "@/lib/form-engine/field-kinds/field-schema";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { profileFieldDefs, type ProfileFieldName } from "./profile-fields";
import { idNumberHash, profileWithIdNumber, sealMember, sealProfileData } from "./sealed-fields";
import { identityNotConfirmed } from "./registry/registry-match";

export type ProfileWrite = {
  userId: string;
  values: Partial<Record<ProfileFieldName, unknown>>;
  source: ProfileSource;
  channel: Channel;
  enteredById: string;
  verified?: boolean;
};

/**
 * Pass `tx` to write inside the caller's transaction (a registration writes the account and its profile as one).
 * A refusal there (`ok: false`) may leave that transaction aborted (the unique index refused a write): the caller
 * must roll it back, not go on with it.
 */
export async function saveProfileFields(
  input: ProfileWrite,
  tx?: Prisma.TransactionClient,
): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const errors: Record<string, string> = {};
  const clean: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input.values) as [ProfileFieldName, unknown][]) {
    const def = profileFieldDefs[name];
    if (!def) continue;
    const r = fieldSchema(def, { today: todayInShanghai() }).safeParse(value);
    if (!r.success) {
      errors[name] = r.error.issues[0]?.message ?? "validation:required";
      continue;
    }
    clean[name] = r.data ?? null;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const names = Object.keys(clean);
  if (!names.length) return { ok: true };
  // ID numbers, bank cards and certificate numbers are stored sealed, each with its lookup hash.
  const data = sealProfileData(clean) as Prisma.ProfileUncheckedUpdateInput;
  // An ID number belongs to one person: if another account already holds it, nothing is written and the resident
  // is sent to the service hall (identity is settled with the original ID card, not online). The reply is the one a
  // failed real-name check gets, so it does not tell that the number is registered to an account.
  if (typeof clean.idNumber === "string") {
    const holder = await (tx ?? db).profile.findUnique({
      where: profileWithIdNumber(clean.idNumber),
      select: { userId: true },
    });
    if (holder && holder.userId !== input.userId) return { ok: false, errors: { idNumber: identityNotConfirmed } };
  }
  const write = async (w: Prisma.TransactionClient) => {
    await w.profile.upsert({
      where: { userId: input.userId },
      create: { ...data, userId: input.userId } as Prisma.ProfileUncheckedCreateInput,
      update: data,
    });
    for (const field of names) {
      const row = {
        source: input.source,
        channel: input.channel,
        enteredById: input.enteredById,
        verified: input.verified ?? false,
        at: new Date(),
      };
      await w.profileFieldSource.upsert({
        where: { userId_field: { userId: input.userId, field } },
        create: { userId: input.userId, field, ...row },
        update: row,
      });
    }
  };
  try {
    await (tx ? write(tx) : db.$transaction(write));
  } catch (e) {
    // Another account took the same ID number between the check above and this write: the unique index decides,
    // and this account hears the same answer as if it had been taken earlier.
    if (idNumberTaken(e)) return { ok: false, errors: { idNumber: identityNotConfirmed } };
    throw e;
  }
  return { ok: true };
}

/** A unique-index violation on Profile.idNumberHash (Prisma P2002; the pg adapter reports the column name quoted). */
function idNumberTaken(e: unknown): boolean {
  const err = e as {
    code?: unknown;
    meta?: { modelName?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown } } } };
  } | null;
  if (err?.code !== "P2002" || err.meta?.modelName !== "Profile") return false;
  const fields = err.meta.driverAdapterError?.cause?.constraint?.fields;
  return Array.isArray(fields) && fields.some((f) => String(f).replace(/"/g, "") === "idNumberHash");
}

export async function addHouseholdMembers(
  userId: string,
  members: { relation: string; name: string; idNumber: string }[],
  source: ProfileSource = "self",
) {
  if (!members.length) return;
  // The members chosen in one press are added together or not at all.
  await db.$transaction(async (tx) => {
    for (const m of members) {
      await tx.householdMember.upsert({
        where: { ownerId_idNumberHash: { ownerId: userId, idNumberHash: idNumberHash(m.idNumber) } },
        create: {
          ownerId: userId,
          relation: m.relation,
          ...sealMember({ name: m.name, idNumber: m.idNumber }),
          source,
        },
        update: { relation: m.relation, name: m.name },
      });
    }
  });
}
