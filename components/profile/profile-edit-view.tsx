import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { loadFieldSources, loadProfileSnapshot } from "@/lib/profile/load-profile";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { maskForKiosk } from "@/lib/profile/kiosk-mask";
import { profileForEdit } from "@/lib/profile/profile-for-edit";
import { Alert } from "@/components/ui/alert";
import { ProfileForm } from "./profile-form";
import { ProfileFacts } from "./profile-facts";
import { settledIdentityFields } from "@/lib/profile/settled-identity";
import { ClientStrings } from "@/components/i18n/client-strings";

export async function ProfileEditView({ locale }: { locale: Locale }) {
  const user = await requireRole(locale, ["resident"], `/${locale}/account/edit`);
  const [tp, edit, settled] = await Promise.all([
    getT(locale, "profile"),
    profileForEdit(user),
    settledIdentityFields(user.id),
  ]);
  // At a hall kiosk: masked values, no form (lib/profile/profile-for-edit.ts says why).
  if (!edit.editable) {
    const [profile, sources] = await Promise.all([loadProfileSnapshot(user.id), loadFieldSources(user.id)]);
    return (
      <>
        <h1 className="text-3xl font-bold mb-3">{tp("editTitle")}</h1>
        <Alert tone="info">
          <p className="text-lg">{tp("editAtKiosk")}</p>
        </Alert>
        <ProfileFacts locale={locale} profile={maskForKiosk(profile)} sources={sources} />
      </>
    );
  }
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{tp("editTitle")}</h1>
      <p className="text-lg mb-6">{tp("editIntro")}</p>
      <ClientStrings locale={locale} pick={["profile", "validation", "form", "errors"]}>
        <ProfileForm locale={locale} initial={edit.values} today={todayInShanghai()} settled={[...settled]} />
      </ClientStrings>
    </>
  );
}
