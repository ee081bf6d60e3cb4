import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { statuses } from "@/lib/applications/transition/status-machine";
import { channels, type ServiceDef } from "@/lib/form-engine/types";
import type { QueueFilter } from "@/lib/applications/read/list-department-queue";
import { inputClass } from "@/components/form-engine/field-shell";
import { buttonClasses } from "@/components/ui/button-classes";

// The queue's filters as a plain GET form: works without JavaScript, and a filtered queue is a link to share or
// bookmark. The status select offers "open" (the default), every single status, and "all".
export async function QueueFilters({
  locale,
  filter,
  items,
}: {
  locale: Locale;
  filter: QueueFilter;
  items: readonly ServiceDef[];
}) {
  const [t, tt] = await Promise.all([getT(locale, "workbench"), getT(locale, "tracking")]);
  const status = filter.status ?? "all";
  const select = inputClass();
  return (
    <form method="get" aria-labelledby="queue-filters" className="border-2 border-line rounded-lg p-4 mb-6">
      <h2 id="queue-filters" className="text-xl font-bold mb-3">
        {t("queue.filters")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-3 senior:grid-cols-1">
        <div className="min-w-0">
          <label htmlFor="filter-item" className="block font-semibold text-lg mb-1">
            {t("queue.item")}
          </label>
          <select id="filter-item" name="item" defaultValue={filter.serviceSlug ?? ""} className={select}>
            <option value="">{t("queue.anyItem")}</option>
            {items.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.title[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="filter-status" className="block font-semibold text-lg mb-1">
            {t("queue.status")}
          </label>
          <select id="filter-status" name="status" defaultValue={status} className={select}>
            <option value="open">{t("queue.open")}</option>
            {statuses
              .filter((s) => s !== "draft")
              .map((s) => (
                <option key={s} value={s}>
                  {tt(`status.${s}`)}
                </option>
              ))}
            <option value="all">{t("queue.anyStatus")}</option>
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="filter-channel" className="block font-semibold text-lg mb-1">
            {t("queue.channel")}
          </label>
          <select id="filter-channel" name="channel" defaultValue={filter.channel ?? ""} className={select}>
            <option value="">{t("queue.anyChannel")}</option>
            {channels.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" className={`${buttonClasses.primary} mt-4`}>
        {t("queue.apply")}
      </button>
    </form>
  );
}
