import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { loadProfileSnapshot } from "@/lib/profile/load-profile";
import { addressKind } from "@/lib/form-engine/field-kinds/structured-kinds";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { ProfileForm } from "./profile-form";
import { settledIdentityFields } from "@/lib/profile/settled-identity";

export async function ProfileEditView({ locale }: { locale: Locale }) {
  const user = await requireRole(locale, ["resident"], `/${locale}/account/edit`);
  const [tp, p, settled] = await Promise.all([
    getT(locale, "profile"),
    loadProfileSnapshot(user.id),
    settledIdentityFields(user.id),
  ]);
  const initial = {
    fullName: p.fullName ?? "",
    fullNameUg: p.fullNameUg ?? "",
    idNumber: p.idNumber ?? "",
    ethnicity: p.ethnicity ?? "",
    address: p.address ?? addressKind.empty({ kind: "address", name: "address", label: { zh: "", ug: "" } }),
    bankCard: p.bankCard ?? "",
    hukouAddress: p.hukouAddress ?? "",
    employer: p.employer ?? "",
    disabilityCertNumber: p.disabilityCertNumber ?? "",
  };
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{tp("editTitle")}</h1>
      <p className="text-lg mb-6">{tp("editIntro")}</p>
      <ProfileForm locale={locale} initial={initial} today={todayInShanghai()} settled={[...settled]} />
    </>
  );
}
