"use client";
// Edit form for the resident's own profile: the same field kinds (and schemas) as every service form.
import { useMemo, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/components/i18n/use-translation";
import { z } from "zod";
import { fieldKinds, fieldSchema } from "@/lib/form-engine/field-kinds/field-schema";
import type { Locale } from "@/lib/i18n/config";
import { profileFieldDefs } from "@/lib/profile/profile-fields";
import { maskIdNumber } from "@/lib/format/mask";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { saveProfileAction } from "@/lib/profile/actions/save-profile-action";
import { FieldView } from "@/components/form-engine/fields/field-view";
import { KindTraitsProvider } from "@/components/form-engine/kind-traits";
import { kindTraitsOf } from "@/lib/form-engine/field-kinds/kind-traits";
import { buttonClasses } from "@/components/ui/button-classes";
import { messageText } from "@/lib/form-engine/field-kinds/message-text";

// Mobile is the sign-in account's and is changed through the service hall (identity check), not here.
const editable = [
  "fullName",
  "fullNameUg",
  "idNumber",
  "ethnicity",
  "address",
  "hukouAddress",
  "bankCard",
  "employer",
  "disabilityCertNumber",
] as const;

export function ProfileForm({
  locale,
  initial,
  today,
  settled = [],
}: {
  locale: Locale;
  initial: Record<string, unknown>;
  today: string;
  /** Verified name / ID number: shown, not editable here (changed at a window with the ID card). */
  settled?: string[];
}) {
  const { t } = useTranslation(["profile", "validation", "form"]);
  // Every kind's traits for the field views (this page loads the kinds' modules anyway, for their schemas).
  const traits = useMemo(() => kindTraitsOf(Object.keys(fieldKinds), locale), [locale]);
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const schema = z.object(
    Object.fromEntries(
      editable
        .filter((f) => !settled.includes(f))
        .map((f) => [f, fieldSchema({ ...profileFieldDefs[f], optional: f !== "fullName" }, { today })]),
    ),
  );
  const form = useForm<Record<string, unknown>>({
    defaultValues: initial,
    resolver: zodResolver(schema as never) as Resolver<Record<string, unknown>>,
  });
  return (
    <KindTraitsProvider value={traits}>
      <form
        method="post"
        noValidate
        onSubmit={form.handleSubmit(async (values) => {
          setFailed(false);
          const r = await saveProfileAction({
            values: Object.fromEntries(Object.entries(values).filter(([k]) => !settled.includes(k))),
          });
          if (r.ok) router.push(`/${locale}/account?saved=1`);
          else if (r.errors) for (const [k, m] of Object.entries(r.errors)) form.setError(k, { message: m });
          else setFailed(true);
        })}
      >
        {failed && (
          <p role="alert" className="text-danger font-semibold text-lg mb-4">
            {t("errors:application.sessionExpired")}
          </p>
        )}
        {editable.map((f) => {
          if (settled.includes(f))
            return (
              <div key={f} className="mb-5">
                <p className="font-semibold text-lg mb-1">{profileFieldDefs[f].label[locale]}</p>
                <p className="text-lg">
                  <bdi
                    dir={f === "idNumber" ? "ltr" : undefined}
                    lang={f === "idNumber" ? undefined : langOfTyped(String(initial[f] ?? ""))}
                  >
                    {f === "idNumber" ? maskIdNumber(String(initial[f] ?? "")) : String(initial[f] ?? "")}
                  </bdi>
                </p>
                <p className="text-muted">{t("errors.identityLocked")}</p>
              </div>
            );
          const e = form.formState.errors[f];
          return (
            <FieldView
              key={f}
              field={{ ...profileFieldDefs[f], optional: f !== "fullName" }}
              path={f}
              locale={locale}
              form={form}
              error={e && typeof e.message === "string" ? messageText(e.message, locale, t) : undefined}
              uploadNames={{}}
            />
          );
        })}
        <button type="submit" className={buttonClasses.primary} disabled={form.formState.isSubmitting}>
          {t("save")}
        </button>
      </form>
    </KindTraitsProvider>
  );
}
