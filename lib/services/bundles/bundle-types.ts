// A life-event bundle (高效办成一件事): several service items a family needs for one event, applied for in one journey.
// Plain data like a service item: the questions asked once, the member items, how the shared answers reach each
// member's fields, and when a member applies. composeBundle (compose-bundle.ts) turns it into a ServiceDef, so the
// bundle runs through the same form engine, prefill, channels and pages as any item; submitBundle splits the answers
// into one linked application per member, each in its own department's queue.
import type { Condition, LifeEvent, LocalizedText, MaterialDef, ServiceDef, StepDef } from "@/lib/form-engine/types";

export type BundleMember = {
  /** Short id, unique in the bundle: prefixes the member's own fields and steps (`card_cardBank`, `card-card`). */
  key: string;
  /** The member item's slug (lib/services/items/). */
  service: string;
  /** What the member is called inside the bundle (a step title is "label · step title"). */
  label: LocalizedText;
  /** The member applies only when this holds on the bundle's answers (e.g. 生育登记 only if not registered yet). */
  when?: Condition;
  /** The condition in words, for the guide (required with `when`: composeBundle checks). */
  whenText?: LocalizedText;
  /** Member field ← bundle field asked once. A member field named like a bundle field maps to it without being
   * listed here (the applicant's facts, the declaration). */
  from?: Readonly<Record<string, string>>;
  /** Member field ← a value the bundle decides (the medical insurance is for the newborn, not the parent). */
  fixed?: Readonly<Record<string, string | boolean>>;
  /** Member fields not asked in this bundle: what another member produces (the newborn's hukou page, the business
   * licence) or what does not fit the event. The member's application carries no answer for them. */
  omit?: readonly string[];
};

export type BundleDef = {
  code: string;
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  /** The catalogue lists the bundle first under this life event. */
  lifeEvent: LifeEvent;
  keywords: { zh: readonly string[]; ug: readonly string[] };
  whoCanApply: LocalizedText;
  resultDelivery: LocalizedText;
  /** Steps asked once before the members' own questions; the first must be the applicant step. */
  askFirst: readonly StepDef[];
  members: readonly BundleMember[];
  /** Steps asked once after them: the shared materials (uploaded once) and the declaration. */
  askLast: readonly StepDef[];
  /** The materials of the shared file fields (each is attached to every member whose field it fills). */
  materials: readonly MaterialDef[];
  faq?: readonly { q: LocalizedText; a: LocalizedText }[];
  notes?: string;
};

/** A member item's own step, reused as a shared step of a bundle (the same wording as when applied for alone). */
export function stepOf(item: ServiceDef, id: string): StepDef {
  const step = item.steps.find((s) => s.id === id);
  if (!step) throw new Error(`${item.slug} has no step "${id}" for a bundle to reuse`);
  return step;
}
