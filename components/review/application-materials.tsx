import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { StaffApplication } from "@/lib/applications/read/get-application-for-staff";
import { supplementField } from "@/lib/applications/uploads/store-supplement-upload";
import { formatDate } from "@/lib/format/dates";
import { SLOT, TextWith } from "./text-with";

type Upload = StaffApplication["uploads"][number];

// The files per material, each opened inline by the browser from /api/uploads/<id> (the route checks the reader's
// department and audits the read). Originals are the files the answers refer to (a file removed from the draft is
// not shown); supplements are every file sent in answer to a request. Then what is still owed on a 容缺 pledge.
export async function ApplicationMaterials({ app, locale }: { app: StaffApplication; locale: Locale }) {
  const t = await getT(locale, "workbench");
  const byId = new Map(app.uploads.map((u) => [u.id, u]));
  const fileFields = app.service.steps.flatMap((s) => s.fields).flatMap((f) => (f.kind === "file" ? [f] : []));
  const groups = app.service.materials.map((m) => {
    const ids = fileFields
      .filter((f) => f.material === m.id)
      .flatMap((f) => (Array.isArray(app.answers[f.name]) ? (app.answers[f.name] as string[]) : []));
    return {
      material: m,
      originals: ids.flatMap((id) => byId.get(id) ?? []),
      supplements: app.uploads.filter((u) => u.fieldName === supplementField(m.id)),
    };
  });
  const originals = groups.filter((g) => g.originals.length);
  const supplements = groups.filter((g) => g.supplements.length);
  const title = (id: string) => app.service.materials.find((m) => m.id === id)?.title[locale] ?? id;
  const files = (list: Upload[]) => (
    <ul className="list-disc ps-6">
      {list.map((u) => (
        <li key={u.id}>
          <a href={`/api/uploads/${u.id}`} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center">
            <TextWith text={t("detail.view", { name: SLOT })} value={u.originalName} />
            <span className="sr-only"> {t("detail.newWindow")}</span>
          </a>
        </li>
      ))}
    </ul>
  );
  const list = (gs: typeof groups, pick: "originals" | "supplements") => (
    <dl className="text-lg">
      {gs.map((g) => (
        <div key={g.material.id} className="mb-3">
          <dt className="font-semibold">{g.material.title[locale]}</dt>
          <dd>{files(g[pick])}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <section aria-labelledby="materials-heading" className="mb-8">
      <h2 id="materials-heading" className="text-2xl font-bold mb-3">
        {t("detail.materials")}
      </h2>
      {originals.length ? list(originals, "originals") : <p className="text-lg">{t("detail.noFiles")}</p>}
      {supplements.length > 0 && (
        <>
          <h3 className="text-xl font-bold mt-4 mb-2">{t("detail.supplementFiles")}</h3>
          {list(supplements, "supplements")}
        </>
      )}
      <h3 className="text-xl font-bold mt-4 mb-2">{t("detail.pendingTitle")}</h3>
      {app.pendingMaterials.length ? (
        <ul className="list-disc ps-6 text-lg">
          {app.pendingMaterials.map((p) => (
            <li key={p.material}>
              {t("detail.pending", { material: title(p.material), date: formatDate(p.dueBy, locale) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-lg">{t("detail.noPending")}</p>
      )}
    </section>
  );
}
