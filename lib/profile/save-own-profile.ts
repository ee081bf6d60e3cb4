// The resident edits their own profile (use case). Only fields whose value changed are written (so an unchanged
// verified field stays verified); a changed one becomes self-declared.
import "server-only";
import { loadProfileSnapshot, readProfileSnapshot } from "./load-profile";
import { profileFieldNames, type ProfileFieldName } from "./profile-fields";
import { saveProfileFields } from "./save-profile-fields";
import { populationRegistry } from "./registry/demo-registry";
import { confirmsIdentity } from "./registry/registry-match";
import { db } from "@/lib/db/client";
import { settledIdentityFields } from "./settled-identity";

/** Never changed by the profile form: the mobile is the account's (changed only with a code to the new number). */
const notHere: readonly ProfileFieldName[] = ["mobile"];

export async function saveOwnProfile(
  user: { id: string },
  values: Record<string, unknown>,
): Promise<{ ok: true } | { ok: false; errors?: Record<string, string> }> {
  const current = await loadProfileSnapshot(user.id);
  const settled = await settledIdentityFields(user.id);
  const changed: Partial<Record<ProfileFieldName, unknown>> = {};
  for (const name of profileFieldNames) {
    if (!(name in values) || notHere.includes(name)) continue;
    const before = JSON.stringify(current[name] ?? "");
    const after = JSON.stringify(values[name] ?? "");
    if (before === after) continue;
    if (settled.has(name)) return { ok: false, errors: { [name]: "profile:errors.identityLocked" } };
    changed[name] = values[name];
  }
  const saved = await saveProfileFields({
    userId: user.id,
    values: changed,
    source: "self",
    channel: "online",
    enteredById: user.id,
    verified: false,
  });
  // A changed name or ID number is verified from the registry only with the third factor: the account's own
  // (code-proven) mobile is the number the carrier registered to that identity.
  if (saved.ok && ("idNumber" in changed || "fullName" in changed)) {
    const after = await readProfileSnapshot(user.id);
    const person = after.idNumber ? await populationRegistry().lookup(after.idNumber) : null;
    const account = await db.user.findUnique({ where: { id: user.id }, select: { mobile: true } });
    if (confirmsIdentity(person, after, account?.mobile)) {
      await saveProfileFields({
        userId: user.id,
        values: { idNumber: after.idNumber, fullName: after.fullName },
        source: "registry",
        channel: "online",
        enteredById: user.id,
        verified: true,
      });
    }
  }
  return saved;
}
