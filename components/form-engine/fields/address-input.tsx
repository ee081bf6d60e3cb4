"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import type { AddressField } from "@/lib/form-engine/types";
import { findDivision, iliDivisions } from "@/lib/form-engine/address/ili-divisions";
import { FieldShell, inputClass } from "../field-shell";
import { fieldId, type FieldProps } from "./field-props";

// Cascading address: county/city → township/street → community/village, then the street and number.
// Choosing a higher level clears the levels below it, so a stale township can never be submitted.
export function AddressInput({ field, path, locale, form, error, note }: FieldProps<AddressField>) {
  const { t } = useTranslation(["form", "validation"]);
  const id = fieldId(path);
  const errors = form.formState.errors as Record<string, Record<string, { message?: string }> | undefined>;
  const sub = (part: string) => {
    const m = errors[path]?.[part]?.message;
    return m ? t(m) : undefined;
  };
  const county = String(form.watch(`${path}.county`) ?? "");
  const township = String(form.watch(`${path}.township`) ?? "");
  const townships = findDivision([county])?.children ?? [];
  const communities = findDivision([county, township])?.children ?? [];
  const clear = (...parts: string[]) =>
    parts.forEach((p) => form.setValue(`${path}.${p}` as never, "" as never, { shouldDirty: true }));

  const select = (
    part: "county" | "township" | "community",
    options: { code: string; name: { zh: string; ug: string } }[],
    onPick?: () => void,
  ) => {
    const e = sub(part);
    const partId = `${id}-${part}`;
    const reg = form.register(`${path}.${part}`, { onChange: onPick });
    return (
      <div className="mb-3">
        <label htmlFor={partId} className="block font-semibold">
          {t(`address.${part}`)}
        </label>
        {e && (
          <p id={`${partId}-error`} className="text-danger font-semibold">
            {e}
          </p>
        )}
        <select
          id={partId}
          aria-invalid={e ? true : undefined}
          aria-describedby={e ? `${partId}-error` : undefined}
          className={inputClass(e)}
          {...reg}
          disabled={options.length === 0}
        >
          <option value="">{t("select")}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.name[locale]}
            </option>
          ))}
        </select>
      </div>
    );
  };
  const detailError = sub("detail");
  return (
    <FieldShell
      id={`${id}-group`}
      label={field.label[locale]}
      hint={field.hint?.[locale]}
      error={error}
      note={note}
      group
    >
      {select("county", iliDivisions, () => clear("township", "community"))}
      {select("township", townships, () => clear("community"))}
      {select("community", communities)}
      <label htmlFor={`${id}-detail`} className="block font-semibold">
        {t("address.detail")}
      </label>
      {detailError && (
        <p id={`${id}-detail-error`} className="text-danger font-semibold">
          {detailError}
        </p>
      )}
      <input
        id={`${id}-detail`}
        type="text"
        autoComplete="street-address"
        aria-invalid={detailError ? true : undefined}
        aria-describedby={detailError ? `${id}-detail-error` : undefined}
        className={inputClass(detailError)}
        {...form.register(`${path}.detail`)}
      />
    </FieldShell>
  );
}
