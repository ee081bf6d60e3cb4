import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getService } from "@/lib/services";
import type { DeadlineWarningRow } from "@/lib/applications/read/list-deadline-warnings";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { UrgencyLabel } from "./urgency-label";
import { SLOT, TextWith } from "./text-with";

// The deadline warnings the system raised for this department (lib/jobs/tasks/warn-deadlines-near.ts), above the
// queue: each names the application, its deadline and when the warning was raised, and links to it. Nothing is
// shown when there are none (the queue's own urgency column stays the full picture).
export async function DeadlineWarnings({ locale, rows }: { locale: Locale; rows: readonly DeadlineWarningRow[] }) {
  if (rows.length === 0) return null;
  const t = await getT(locale, "workbench");
  return (
    <section aria-labelledby="deadline-warnings-heading" className="border-s-4 border-danger bg-white p-4 mb-6">
      <h2 id="deadline-warnings-heading" className="text-2xl font-bold mb-2">
        {t("warnings.title")}
      </h2>
      <p className="text-lg mb-3">{t("warnings.intro")}</p>
      <ul className="space-y-3">
        {rows.map((w) => (
          <li key={w.applicationId} className="text-lg">
            <UrgencyLabel
              urgency={w.kind === "passed" ? "overdue" : "dueSoon"}
              label={t(w.kind === "passed" ? "warnings.passed" : "warnings.near")}
            />{" "}
            <Link
              href={`/${locale}/review/applications/${w.applicationId}`}
              className="inline-flex min-h-11 items-center font-semibold"
            >
              <span>
                <TextWith text={t("queue.handle", { reference: SLOT })} value={w.reference ?? ""} dir="ltr" />
              </span>
            </Link>{" "}
            <span>{getService(w.serviceSlug)?.title[locale] ?? w.serviceSlug}</span>
            <span className="block">
              <TextWith text={t(`warnings.${w.deadlineKind}`, { date: SLOT })} value={formatDate(w.deadline, locale)} />
              <span className="text-muted ms-3">
                <TextWith text={t("warnings.warnedAt", { time: SLOT })} value={formatDateTime(w.warnedAt, locale)} />
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
