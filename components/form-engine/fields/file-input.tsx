"use client";
import { useState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { useFormChannel } from "../form-channel";
import { uploadApiPath, uploadsApiPath } from "@/lib/applications/paths";
import type { FileField } from "@/lib/form-engine/types";
import { buttonClasses } from "@/components/ui/button-classes";
import { describedBy, FieldShell } from "../field-shell";
import { FileChooser } from "@/components/ui/file-chooser";
import { fieldId, type FieldProps } from "./field-props";

// Uploads each chosen file at once (so a failed submit later loses nothing), shows the automatic pre-check's
// verdict in plain words, and keeps the upload IDs as the field's value.
export function FileInput({ field, path, locale, form, error, uploadNames }: FieldProps<FileField>) {
  const { t } = useTranslation(["form", "errors"]);
  // Outside a form of an item (the staff page showing every kind) there is nothing to upload to: the server says so.
  const { windowSession, slug } = useFormChannel() ?? { slug: "" };
  const id = fieldId(path);
  const [names, setNames] = useState<Record<string, string>>(uploadNames);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const value = (form.watch(path) as string[] | undefined) ?? [];

  async function upload(files: FileList | null) {
    if (!files?.length) return;
    setProblem(null);
    let ids = [...value];
    for (const file of Array.from(files)) {
      setBusy(file.name);
      const body = new FormData();
      body.set("file", file);
      body.set("service", slug);
      body.set("field", field.name);
      try {
        const res = await fetch(uploadsApiPath(windowSession), { method: "POST", body });
        const json = (await res.json()) as { id?: string; name?: string; error?: string };
        if (!res.ok || !json.id) {
          setProblem(`${file.name}: ${t(json.error ?? "errors:upload.failed")}`);
          continue;
        }
        ids = [...ids, json.id];
        setNames((n) => ({ ...n, [json.id!]: json.name ?? file.name }));
      } catch {
        setProblem(`${file.name}: ${t("errors:upload.failed")}`);
      }
    }
    setBusy(null);
    form.setValue(path, ids, { shouldDirty: true, shouldValidate: form.formState.submitCount > 0 });
  }

  const shown = problem ?? error;
  const hint = field.hint?.[locale] ?? t("file.accepted");
  return (
    <FieldShell
      id={id}
      label={field.label[locale]}
      hint={hint}
      error={shown ?? undefined}
      optionalText={field.optional ? t("optional") : undefined}
    >
      <FileChooser
        id={id}
        chooseText={t("file.choose")}
        describedBy={describedBy(id, hint, shown ?? undefined)}
        invalid={!!shown}
        onFiles={(f) => void upload(f)}
      />
      <p role="status" className="mt-2 text-lg">
        {busy ? t("file.uploading", { name: busy }) : ""}
      </p>
      {value.length > 0 && (
        <ul className="mt-2 space-y-2">
          {value.map((uid) => (
            <li key={uid} className="flex flex-wrap items-center gap-3 text-lg">
              <span>
                <span aria-hidden="true">✓ </span>
                {t("file.uploaded")}:{" "}
                <a href={uploadApiPath(uid, windowSession)} target="_blank" rel="noopener">
                  <bdi>{names[uid] ?? uid}</bdi>
                </a>
              </span>
              <button
                type="button"
                className={buttonClasses.quiet}
                onClick={() =>
                  form.setValue(
                    path,
                    value.filter((v) => v !== uid),
                    { shouldDirty: true },
                  )
                }
              >
                {t("file.remove", { name: names[uid] ?? "" })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </FieldShell>
  );
}
