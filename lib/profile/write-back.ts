// After submitting, answers that differ from the profile (or are new to it) are OFFERED back, field by field;
// nothing is written without the resident saying yes. Pure part: which offers to make.
import type { Answers, ServiceDef } from "@/lib/form-engine/types";
import type { HouseholdMemberFacts, ProfileSnapshot } from "./profile-snapshot";
import { writableSources, type ProfileFieldName } from "./profile-fields";

export type WriteBackOffer = { field: ProfileFieldName; fromAnswer: string; value: unknown; current: unknown };
export type MemberOffer = HouseholdMemberFacts & { fromAnswer: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function writeBackOffers(
  service: ServiceDef,
  answers: Answers,
  profile: ProfileSnapshot,
): { fields: WriteBackOffer[]; members: MemberOffer[] } {
  const fields: WriteBackOffer[] = [];
  const members: MemberOffer[] = [];
  const known = new Set((profile.householdMembers ?? []).map((m) => m.idNumber));
  for (const step of service.steps) {
    for (const f of step.fields) {
      const value = answers[f.name];
      if (!f.prefill || value === undefined || value === "" || value === null) continue;
      if (f.kind === "group" && f.prefill === "householdMembers" && Array.isArray(value)) {
        for (const item of value as Answers[]) {
          const pick = (key: string) => f.fields.find((s) => s.prefill === key)?.name;
          const [r, n, i] = [pick("member.relation"), pick("member.name"), pick("member.idNumber")];
          if (!r || !n || !i) continue;
          const idNumber = String(item[i] ?? "");
          if (idNumber && !known.has(idNumber)) {
            members.push({ relation: String(item[r]), name: String(item[n]), idNumber, fromAnswer: f.name });
            known.add(idNumber);
          }
        }
        continue;
      }
      const target = writableSources[f.prefill];
      if (!target || fields.some((o) => o.field === target)) continue;
      const current = profile[target];
      if (!same(current, value)) fields.push({ field: target, fromAnswer: f.name, value, current });
    }
  }
  return { fields, members };
}
