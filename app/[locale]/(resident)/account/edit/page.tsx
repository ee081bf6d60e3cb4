import { pageLocale } from "@/lib/i18n/page-locale";
import { ProfileEditView } from "@/components/profile/profile-edit-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("profile", "editTitle");

export default async function ProfileEditPage({ params }: PageProps<"/[locale]/account/edit">) {
  return <ProfileEditView locale={await pageLocale(params)} />;
}
