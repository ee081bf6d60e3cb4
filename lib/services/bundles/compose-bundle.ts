// Turns a bundle (bundle-types.ts) into one ServiceDef the form engine runs like any item (pure): the shared steps,
// then each member's own questions under the member's label, then the shared materials and declaration. A member
// field is asked once: fields the bundle maps or fixes are not asked again; the rest get the member's key as a
// prefix (`card_cardBank`) so two members' fields never collide. Checked by defineService like every item.
import { defineService } from "@/lib/form-engine/define-service";
import { bindCondition, bothHold, type FieldBinding } from "@/lib/form-engine/bind-condition";
import type { Channel, Condition, FieldDef, MaterialDef, ServiceDef, StepDef } from "@/lib/form-engine/types";
import { higherAssurance } from "@/lib/accounts/assurance";
import type { BundleDef, BundleMember } from "./bundle-types";

export type ServiceLookup = (slug: string) => ServiceDef | undefined;

// Bundles are constants built at module load, so the set is computed once per bundle: memberFieldBinding asks for it
// for every field at composition and at each submission.
const sharedNamesOf = new WeakMap<BundleDef, ReadonlySet<string>>();

/** The field names the bundle asks itself (shared steps). */
export function sharedFieldNames(bundle: BundleDef): ReadonlySet<string> {
  let names = sharedNamesOf.get(bundle);
  if (!names) {
    names = new Set([...bundle.askFirst, ...bundle.askLast].flatMap((s) => s.fields.map((f) => f.name)));
    sharedNamesOf.set(bundle, names);
  }
  return names;
}

/** The name a member's own field has in the bundle's answers. */
export const ownFieldName = (member: BundleMember, field: string) => `${member.key}_${field}`;

/** Where a member field's answer comes from in the bundle: a fixed value (fixed, or absent when omitted), or a field
 * of the bundle's answers (a shared one, or the member's own prefixed one). */
export function memberFieldBinding(bundle: BundleDef, member: BundleMember, field: string): FieldBinding {
  if (member.fixed && field in member.fixed) return { fixed: true, value: member.fixed[field] };
  if (member.omit?.includes(field)) return { fixed: true, value: undefined };
  const mapped = member.from?.[field];
  if (mapped) return { fixed: false, name: mapped };
  if (sharedFieldNames(bundle).has(field)) return { fixed: false, name: field };
  return { fixed: false, name: ownFieldName(member, field) };
}

/** Whether the member asks this field itself (not shared, fixed or omitted). */
function isOwn(bundle: BundleDef, member: BundleMember, field: string): boolean {
  const b = memberFieldBinding(bundle, member, field);
  return !b.fixed && b.name === ownFieldName(member, field);
}

const materialId = (member: BundleMember, material: string) => `${member.key}-${material}`;

function bound(condition: Condition | undefined, bind: (f: string) => FieldBinding): Condition | boolean {
  return condition ? bindCondition(condition, bind) : true;
}

/** A member's step with only its own fields, renamed; null when nothing is left to ask. */
function memberStep(bundle: BundleDef, member: BundleMember, step: StepDef): StepDef | null {
  const bind = (f: string) => memberFieldBinding(bundle, member, f);
  const stepWhen = bound(step.showWhen, bind);
  if (stepWhen === false) return null;
  const fields: FieldDef[] = [];
  for (const f of step.fields) {
    if (!isOwn(bundle, member, f.name)) continue;
    const when = bound(f.showWhen, bind);
    if (when === false) continue;
    const renamed = { ...f, name: ownFieldName(member, f.name), showWhen: when === true ? undefined : when };
    fields.push(f.kind === "file" ? { ...renamed, kind: "file", material: materialId(member, f.material) } : renamed);
  }
  if (fields.length === 0) return null;
  const pick = step.householdPick;
  const ownPick = pick && isOwn(bundle, member, pick.name);
  const rename = (f?: string) => (f && isOwn(bundle, member, f) ? ownFieldName(member, f) : undefined);
  return {
    id: `${member.key}-${step.id}`,
    title: { zh: `${member.label.zh} · ${step.title.zh}`, ug: `${member.label.ug} · ${step.title.ug}` },
    intro: step.intro,
    channels: step.channels,
    fields,
    showWhen: bothHold(member.when, stepWhen === true ? undefined : stepWhen),
    householdPick: ownPick
      ? {
          name: ownFieldName(member, pick.name),
          idNumber: rename(pick.idNumber),
          relation: rename(pick.relation),
          birthDate: rename(pick.birthDate),
          relations: pick.relations,
        }
      : undefined,
  };
}

function memberMaterials(member: BundleMember, service: ServiceDef, steps: readonly StepDef[]): MaterialDef[] {
  const used = new Set(steps.flatMap((s) => s.fields.flatMap((f) => (f.kind === "file" ? [f.material] : []))));
  return service.materials
    .filter((m) => used.has(materialId(member, m.id)))
    .map((m) => ({
      ...m,
      id: materialId(member, m.id),
      title: { zh: `${member.label.zh} · ${m.title.zh}`, ug: `${member.label.ug} · ${m.title.ug}` },
    }));
}

const distinctBy = <T>(list: readonly T[], key: (t: T) => string) => [
  ...new Map(list.map((t) => [key(t), t])).values(),
];

/** The bundle as one form. Throws (like defineService) when a member item is missing or the result is inconsistent. */
export function composeBundle(bundle: BundleDef, lookup: ServiceLookup): ServiceDef {
  const members = bundle.members.map((m) => {
    const service = lookup(m.service);
    if (!service) throw new Error(`bundle ${bundle.code}: unknown member item "${m.service}"`);
    if (m.when && !m.whenText)
      throw new Error(`bundle ${bundle.code}: member "${m.key}" has a condition without words`);
    for (const f of [...Object.keys(m.from ?? {}), ...Object.keys(m.fixed ?? {}), ...(m.omit ?? [])])
      if (!service.steps.some((s) => s.fields.some((x) => x.name === f)))
        throw new Error(`bundle ${bundle.code}: member "${m.key}" maps unknown field "${f}"`);
    const shared = sharedFieldNames(bundle);
    for (const [f, to] of Object.entries(m.from ?? {}))
      if (!shared.has(to)) throw new Error(`bundle ${bundle.code}: member "${m.key}" field "${f}" ← unknown "${to}"`);
    const steps = service.steps.flatMap((s) => memberStep(bundle, m, s) ?? []);
    return { member: m, service, steps };
  });
  const channels = (["online", "window", "terminal"] as const).filter((c: Channel) =>
    members.every((m) => m.service.channels.includes(c)),
  );
  const departments = distinctBy(
    members.map((m) => m.service.department),
    (d) => d,
  );
  const sensitive = [...new Set(members.flatMap((m) => m.service.sensitive ?? []))];
  return defineService({
    code: bundle.code,
    slug: bundle.slug,
    title: bundle.title,
    summary: bundle.summary,
    department: departments[0]!,
    coDepartments: departments.slice(1),
    lifeEvents: [bundle.lifeEvent],
    keywords: bundle.keywords,
    whoCanApply: bundle.whoCanApply,
    conditions: [],
    materials: [...bundle.materials, ...members.flatMap((m) => memberMaterials(m.member, m.service, m.steps))],
    fee: members[0]!.service.fee,
    promisedDays: Math.max(...members.map((m) => m.service.promisedDays)),
    legalDays: Math.max(...members.map((m) => m.service.legalDays)),
    legalBasis: distinctBy(
      members.flatMap((m) => m.service.legalBasis),
      (t) => t.zh,
    ),
    channels,
    resultDelivery: bundle.resultDelivery,
    faq: bundle.faq ?? [],
    steps: [...bundle.askFirst, ...members.flatMap((m) => m.steps), ...bundle.askLast],
    ...(sensitive.length ? { sensitive } : {}),
    assurance: members.map((m) => m.service.assurance).reduce(higherAssurance),
    notes: bundle.notes,
    bundle: {
      members: bundle.members.map((m) => ({
        key: m.key,
        service: m.service,
        label: m.label,
        when: m.when,
        whenText: m.whenText,
      })),
    },
  });
}
