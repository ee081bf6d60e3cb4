"use client";
// One live example field per kind in one form: "check" runs every kind's own schema on what was typed, the same
// schema the steps use, so each kind's messages can be seen (and tested) on one page.
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslation } from "@/components/i18n/use-translation";
import { z } from "zod";
import { fieldKinds, fieldSchema, formatValue, kindOf } from "@/lib/form-engine/field-kinds/field-schema";
import type { FieldDef, FieldKindId } from "@/lib/form-engine/types";
import type { Locale } from "@/lib/i18n/config";
import { FieldView } from "@/components/form-engine/fields/field-view";
import { KindTraitsProvider } from "@/components/form-engine/kind-traits";
import { kindTraitsOf } from "@/lib/form-engine/field-kinds/kind-traits";
import { buttonClasses } from "@/components/ui/button-classes";
import { messageText } from "@/lib/form-engine/field-kinds/message-text";

// Example values in Chinese (names, places) are marked as Chinese, so a Uyghur page reads them as quoted data.
const langOf = (text: string) => (/\p{Script=Han}/u.test(text) ? "zh-CN" : undefined);

const exampleField = (kind: FieldKindId): FieldDef =>
  ({ kind, name: kind, label: fieldKinds[kind].title, ...(fieldKinds[kind].examples.field ?? {}) }) as FieldDef;

export function FieldKindsForm({ locale, kinds, today }: { locale: Locale; kinds: FieldKindId[]; today: string }) {
  const { t } = useTranslation(["staff", "validation", "form"]);
  // Every kind's traits for the field views (this page loads the kinds' modules anyway, for their schemas).
  const traits = useMemo(() => kindTraitsOf(Object.keys(fieldKinds), locale), [locale]);
  const fields = useMemo(() => kinds.map(exampleField), [kinds]);
  const schema = useMemo(
    () => z.object(Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f, { today })]))),
    [fields, today],
  );
  const form = useForm<Record<string, unknown>>({
    defaultValues: Object.fromEntries(fields.map((f) => [f.name, kindOf(f).empty(f)])),
    resolver: zodResolver(schema) as never,
    shouldFocusError: false,
  });
  const accepted = (f: FieldDef, value: unknown) => {
    const parsed = fieldSchema(f, { today }).safeParse(value);
    return (parsed.success ? formatValue(f, parsed.data, locale) : null) ?? "";
  };
  return (
    <KindTraitsProvider value={traits}>
      <form noValidate onSubmit={form.handleSubmit(() => undefined)}>
        {fields.map((f) => {
          const kind = kindOf(f);
          const e = form.formState.errors[f.name];
          return (
            <section key={f.name} aria-labelledby={`kind-${f.name}`} className="border-t-2 border-line pt-4 mb-8">
              <h2 id={`kind-${f.name}`} className="text-2xl font-bold mb-3">
                {kind.title[locale]}{" "}
                <code className="text-base font-normal">
                  <bdi dir="ltr">{f.kind}</bdi>
                </code>
              </h2>
              <FieldView
                field={f}
                path={f.name}
                locale={locale}
                form={form}
                error={e && typeof e.message === "string" ? messageText(e.message, locale, t) : undefined}
                uploadNames={{}}
              />
              <h3 className="font-bold mt-3">{t("fieldKinds.accepts")}</h3>
              <ul className="list-disc ps-6 mb-2">
                {kind.examples.good.map((v, i) => (
                  <li key={i}>
                    <bdi lang={langOf(accepted(f, v))}>{accepted(f, v)}</bdi>
                  </li>
                ))}
              </ul>
              <h3 className="font-bold">{t("fieldKinds.refuses")}</h3>
              <ul className="list-disc ps-6">
                {kind.examples.bad.map(([v, key], i) => (
                  <li key={i}>
                    <code>
                      <bdi dir="ltr" lang={langOf(JSON.stringify(v))}>
                        {JSON.stringify(v)}
                      </bdi>
                    </code>
                    {t("fieldKinds.separator")}
                    {messageText(key, locale, t)}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
        <button type="submit" className={buttonClasses.primary}>
          {t("fieldKinds.check")}
        </button>
      </form>
    </KindTraitsProvider>
  );
}
