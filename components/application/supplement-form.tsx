"use client";
import { useState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";
import { Alert } from "@/components/ui/alert";
import { FileChooser } from "@/components/ui/file-chooser";
import { useResidentTransition } from "./use-transition-form";

type Material = { id: string; title: string };
type Uploaded = { id: string; name: string };

// Answer a supplement request: one upload per listed material (the same automatic pre-checks as the form), then
// resubmit. Each file is stored as soon as it is chosen, so a failed resubmit or a closed tab loses nothing.
export function SupplementForm({
  applicationId,
  materials,
  uploaded,
}: {
  applicationId: string;
  materials: Material[];
  uploaded: Record<string, Uploaded[]>;
}) {
  const { t } = useTranslation(["tracking", "form", "errors"]);
  const [files, setFiles] = useState(uploaded);
  const [busy, setBusy] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [state, action, pending] = useResidentTransition();

  async function upload(material: string, list: FileList | null) {
    if (!list?.length) return;
    setProblems((p) => ({ ...p, [material]: "" }));
    for (const file of Array.from(list)) {
      setBusy(file.name);
      const body = new FormData();
      body.set("file", file);
      body.set("application", applicationId);
      body.set("material", material);
      try {
        const res = await fetch("/api/uploads", { method: "POST", body });
        const json = (await res.json()) as { id?: string; name?: string; error?: string };
        if (!res.ok || !json.id)
          setProblems((p) => ({ ...p, [material]: `${file.name}: ${t(json.error ?? "errors:upload.failed")}` }));
        else
          setFiles((f) => ({
            ...f,
            [material]: [...(f[material] ?? []), { id: json.id!, name: json.name ?? file.name }],
          }));
      } catch {
        setProblems((p) => ({ ...p, [material]: `${file.name}: ${t("errors:upload.failed")}` }));
      }
    }
    setBusy(null);
  }

  const missing = materials.filter((m) => !files[m.id]?.length);
  const missingFromServer = state.error === "errors:transition.materialsMissing";
  return (
    <section aria-labelledby="supplement-heading" className="border-2 border-danger rounded-lg p-4 mb-6">
      <h2 id="supplement-heading" className="text-2xl font-bold mb-2">
        {t("supplement.title")}
      </h2>
      <p className="text-lg mb-4">{t("supplement.intro")}</p>
      {state.error && !missingFromServer && (
        <Alert tone="error" live>
          <p>{t(state.error)}</p>
        </Alert>
      )}
      {missingFromServer && missing.length > 0 && (
        <Alert tone="error" live>
          <p>{t("supplement.missing", { materials: missing.map((m) => m.title).join(t("common:listSeparator")) })}</p>
        </Alert>
      )}
      <ul className="space-y-5 mb-4">
        {materials.map((m) => {
          const id = `supplement-${m.id}`;
          const problem = problems[m.id];
          return (
            <li key={m.id} className={problem ? "border-s-4 border-danger ps-4" : ""}>
              <label htmlFor={id} className="block font-semibold text-lg mb-1">
                {m.title}
              </label>
              <p id={`${id}-hint`} className="text-muted mb-2">
                {t("form:file.accepted")}
              </p>
              {problem && (
                <p id={`${id}-error`} className="text-danger font-semibold mb-2">
                  {problem}
                </p>
              )}
              <FileChooser
                id={id}
                chooseText={t("form:file.choose")}
                describedBy={`${id}-hint${problem ? ` ${id}-error` : ""}`}
                invalid={!!problem}
                onFiles={(f) => void upload(m.id, f)}
              />
              {(files[m.id] ?? []).length > 0 && (
                <ul className="mt-2 space-y-1 text-lg">
                  {files[m.id]!.map((f) => (
                    <li key={f.id}>
                      <span aria-hidden="true">✓ </span>
                      {t("supplement.uploaded")}:{" "}
                      <a href={`/api/uploads/${f.id}`} target="_blank" rel="noopener">
                        <bdi>{f.name}</bdi>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p role="status" className="text-lg mb-2">
        {busy ? t("form:file.uploading", { name: busy }) : ""}
      </p>
      <form action={action}>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="event" value="resubmit" />
        <button type="submit" className={buttonClasses.primary} disabled={pending || busy !== null}>
          {t("supplement.submit")}
        </button>
      </form>
    </section>
  );
}
