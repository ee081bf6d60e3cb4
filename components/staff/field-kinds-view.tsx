// The field-kind catalogue for staff and developers (as govuk-frontend's example pages): every registered kind,
// live, with the values it accepts (as the review page shows them) and the ones it refuses (with the message a
// resident sees). A kind added to the registry appears here without any change to this page.
import { requireRole } from "@/lib/auth/require-role";
import { staffRoles } from "@/lib/auth/audiences";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/config";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { fieldKinds } from "@/lib/form-engine/field-kinds/field-schema";
import type { FieldKindId } from "@/lib/form-engine/types";
import { FieldKindsForm } from "./field-kinds-form";
import { ClientStrings } from "@/components/i18n/client-strings";

export async function FieldKindsView({ locale }: { locale: Locale }) {
  await requireRole(locale, staffRoles, `/${locale}/staff/field-kinds`);
  const t = await getT(locale, "staff");
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("fieldKinds.title")}</h1>
      <p className="text-lg mb-6 max-w-3xl">{t("fieldKinds.intro")}</p>
      <ClientStrings locale={locale} pick={["staff", "validation", "form", "errors"]}>
        <FieldKindsForm locale={locale} kinds={Object.keys(fieldKinds) as FieldKindId[]} today={todayInShanghai()} />
      </ClientStrings>
    </>
  );
}
