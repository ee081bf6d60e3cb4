import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { TimelineEntry } from "@/lib/applications/read/timeline";
import type { ServiceDef } from "@/lib/form-engine/types";
import { formatDateTime } from "@/lib/format/dates";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { isolate } from "@/lib/i18n/bidi";

// The timeline of an application, oldest first: when (Asia/Shanghai), what happened, who acted (role and
// department, never a staff member's name), and what the event said (reason, legal basis and how to appeal,
// materials asked for, how the result is delivered). Used by the resident, the public tracking page and staff.
export async function Timeline({
  entries,
  locale,
  service,
  headingLevel = 2,
}: {
  entries: readonly TimelineEntry[];
  locale: Locale;
  service: ServiceDef;
  headingLevel?: 2 | 3;
}) {
  const [t, ts, te] = await Promise.all([
    getT(locale, "tracking"),
    getT(locale, "services"),
    getT(locale, "evaluation"),
  ]);
  const H = headingLevel === 2 ? "h2" : "h3";
  const Item = headingLevel === 2 ? "h3" : "h4";
  const material = (id: string) => service.materials.find((m) => m.id === id)?.title[locale] ?? id;
  return (
    <section aria-labelledby="timeline-heading" className="mb-8">
      <H id="timeline-heading" className="text-2xl font-bold mb-3">
        {t("detail.timeline")}
      </H>
      <ol className="border-s-4 border-brand-100 ps-5 space-y-5">
        {entries.map((e) => (
          <li key={e.id} className="relative">
            <span aria-hidden="true" className="absolute -start-[1.85rem] top-2 size-3.5 rounded-full bg-brand-700" />
            <p className="text-muted">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
            </p>
            <Item className="text-xl font-semibold">{t(`event.${e.type}`)}</Item>
            {e.actorRole && (
              <p className="text-muted">
                {t(`actor.${e.actorRole}`)}
                {e.departmentId && <> · {ts(`departments.${e.departmentId}`)}</>}
              </p>
            )}
            {e.details.onBehalf && (
              <p className="font-semibold">
                {t("window:timeline.onBehalf", {
                  window: isolate(e.details.onBehalf.windowNo),
                  staffId: isolate(e.details.onBehalf.staffId),
                })}
              </p>
            )}
            {e.details.score !== undefined && <p>{te(`score.${e.details.score}`)}</p>}
            {e.details.reason && (
              <p>
                <span className="font-semibold">{t("reason.title")}</span>: {t(`reason.${e.details.reason}`)}
              </p>
            )}
            {e.details.legalBasis !== undefined && service.legalBasis[e.details.legalBasis] && (
              <p>
                <span className="font-semibold">{t("refusal.legalBasis")}</span>:{" "}
                {service.legalBasis[e.details.legalBasis]![locale]}
              </p>
            )}
            {e.type === "refuse" && <p className="mt-1">{t("refusal.appeal")}</p>}
            {e.details.materials && e.details.materials.length > 0 && (
              <div>
                <p className="font-semibold">{t("detail.materials")}</p>
                <ul className="list-disc ps-6">
                  {e.details.materials.map((m) => (
                    <li key={m}>{material(m)}</li>
                  ))}
                </ul>
              </div>
            )}
            {e.details.delivery && (
              <p>
                <span className="font-semibold">{t("delivery.title")}</span>: {t(`delivery.${e.details.delivery}`)}
                {e.details.trackingNumber && (
                  <>
                    {" "}
                    · {t("delivery.trackingNumber")} <bdi dir="ltr">{e.details.trackingNumber}</bdi>
                  </>
                )}
              </p>
            )}
            {e.details.note && (
              <p>
                <span className="font-semibold">{t("detail.note")}</span>:{" "}
                <bdi lang={langOfTyped(e.details.note)}>{e.details.note}</bdi>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
