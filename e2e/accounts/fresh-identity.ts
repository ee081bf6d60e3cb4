// A test identity of the demo registry (serials 200–999) that no account holds and no parallel test can take.
import { test } from "@playwright/test";
import { testIdentity } from "../../lib/profile/registry/demo-registry";
import { queryTestDatabase } from "../window/outbox";

/** Workers running at once never exceed this (playwright.config.ts runs 3); each owns every SLOTS-th serial. */
const SLOTS = 8;

/**
 * Why not Math.random over all 800: about ten tests in parallel workers (and their retries) register one each, and a
 * serial drawn twice makes the second "registration" sign into the first one's account (a CI run failed that way).
 * Workers running at the same time have different parallel indexes, so their serials never meet; within one worker
 * tests run one after another, so an identity already registered by an earlier test (or an earlier worker with the
 * same index) is in the User table and skipped. (The test database role may not create a sequence.)
 */
export async function freshIdentity() {
  const { parallelIndex } = test.info();
  if (parallelIndex >= SLOTS) throw new Error(`freshIdentity: more than ${SLOTS} workers at once`);
  const own = Array.from({ length: 800 / SLOTS }, (_, i) => testIdentity(200 + parallelIndex + i * SLOTS));
  const rows = await queryTestDatabase<{ mobile: string }>(`SELECT mobile FROM "User" WHERE mobile = ANY($1)`, [
    own.map((p) => p.mobile),
  ]);
  const taken = new Set(rows.map((r) => r.mobile));
  const free = own.filter((p) => !taken.has(p.mobile!));
  if (free.length === 0) throw new Error("freshIdentity: every test identity of this worker is registered");
  // Random among the free ones: a test that only tried a wrong name with an identity leaves it free, and the next
  // test had better not meet that attempt again.
  const person = free[Math.floor(Math.random() * free.length)]!;
  // Real-name verification needs three factors: register with the identity's own mobile (its carrier's record).
  return { ...person, mobile: person.mobile! };
}
