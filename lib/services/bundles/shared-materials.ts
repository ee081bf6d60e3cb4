// Which materials of two bundle members are the same paper (pure): a member's material is the file field that asks
// for it, and when that field is a shared one of the bundle (uploaded once for every member), so is the material.
// A supplement answered for one member then answers the same request of another (share-supplement.ts).
import type { ServiceDef } from "@/lib/form-engine/types";
import type { BundleDef } from "./bundle-types";
import { memberFieldBinding, sharedFieldNames } from "./compose-bundle";

/** The bundle's shared file field behind a member's material, or undefined when only this member asks for it. */
export function sharedFieldOfMaterial(
  bundle: BundleDef,
  memberKey: string,
  service: ServiceDef,
  material: string,
): string | undefined {
  const member = bundle.members.find((m) => m.key === memberKey);
  const field = service.steps.flatMap((s) => s.fields).find((f) => f.kind === "file" && f.material === material);
  if (!member || !field) return undefined;
  const b = memberFieldBinding(bundle, member, field.name);
  return !b.fixed && sharedFieldNames(bundle).has(b.name) ? b.name : undefined;
}
