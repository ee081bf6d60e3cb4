import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { ProfileSnapshot } from "./profile-snapshot";
import { openMember, openProfile } from "./sealed-fields";

/** The resident's own profile, with household, for prefill and the profile pages (React cache: once per request). */
/** Reads the profile now (uncached: use after a write in the same request). */
export async function readProfileSnapshot(userId: string): Promise<ProfileSnapshot> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      nameZh: true,
      mobile: true,
      profile: {
        select: {
          fullName: true,
          fullNameUg: true,
          idNumber: true,
          mobile: true,
          ethnicity: true,
          address: true,
          bankCard: true,
          hukouAddress: true,
          employer: true,
          disabilityCertNumber: true,
        },
      },
      household: { select: { relation: true, name: true, idNumber: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) return {};
  // Sealed at rest (sealed-fields.ts); the snapshot is for the resident's own pages and prefill, which mask by default.
  const p = openProfile(user.profile);
  return {
    // The account's own name and mobile are facts the resident already gave at registration.
    fullName: p?.fullName ?? user.nameZh,
    mobile: p?.mobile ?? user.mobile,
    fullNameUg: p?.fullNameUg,
    idNumber: p?.idNumber,
    ethnicity: p?.ethnicity,
    address: p?.address ?? undefined,
    bankCard: p?.bankCard,
    hukouAddress: p?.hukouAddress,
    employer: p?.employer,
    disabilityCertNumber: p?.disabilityCertNumber,
    householdMembers: user.household.map(openMember),
  };
}

/** A cap on provenance rows: one per profile field at most (the table's key is user + field), a few dozen. */
export const PROFILE_FIELDS_CAP = 200;
/** A cap on one person's household list: a household register (户口簿) rarely lists more than a dozen people. */
export const HOUSEHOLD_CAP = 100;

export const loadProfileSnapshot = cache(readProfileSnapshot);

export async function loadFieldSources(userId: string) {
  const rows = await db.profileFieldSource.findMany({
    where: { userId },
    // One row per profile field (the key is userId + field): a few dozen.
    take: PROFILE_FIELDS_CAP,
    select: { field: true, source: true, channel: true, verified: true, at: true },
  });
  return Object.fromEntries(rows.map((r) => [r.field, r]));
}

/** Provenance of each household member, by ID number (for "where did this come from" next to a picked person). */
export async function loadHouseholdSources(userId: string) {
  const rows = await db.householdMember.findMany({
    where: { ownerId: userId },
    take: HOUSEHOLD_CAP,
    select: { idNumber: true, source: true, verified: true },
  });
  return Object.fromEntries(rows.map(openMember).map((r) => [r.idNumber, { source: r.source, verified: r.verified }]));
}
