// Use case: the values the resident's profile form starts from. On their own device, the full values to edit; at a
// hall kiosk, masked values and no form (a masked value posted back would overwrite the real one, and the full
// values must not appear on a public screen): the resident edits on their own device or at a window.
import "server-only";
import { addressKind } from "@/lib/form-engine/field-kinds/structured-kinds";
import { readProfileSnapshot } from "./load-profile";
import { maskForKiosk } from "./kiosk-mask";

export async function profileForEdit(user: { id: string; channel: "online" | "terminal" }) {
  const full = await readProfileSnapshot(user.id);
  const atKiosk = user.channel === "terminal";
  const p = atKiosk ? maskForKiosk(full) : full;
  return {
    editable: !atKiosk,
    values: {
      fullName: p.fullName ?? "",
      fullNameUg: p.fullNameUg ?? "",
      idNumber: p.idNumber ?? "",
      ethnicity: p.ethnicity ?? "",
      address: p.address ?? addressKind.empty({ kind: "address", name: "address", label: { zh: "", ug: "" } }),
      bankCard: p.bankCard ?? "",
      hukouAddress: p.hukouAddress ?? "",
      employer: p.employer ?? "",
      disabilityCertNumber: p.disabilityCertNumber ?? "",
    },
  };
}
