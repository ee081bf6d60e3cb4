import type { Locale } from "@/lib/i18n/config";

export type DashboardAudience = "admin" | "reviewer";

/** Where each audience's dashboard lives; its CSV downloads are under `<path>/csv`. */
export function dashboardPath(locale: Locale, audience: DashboardAudience): string {
  return `/${locale}/${audience === "admin" ? "admin" : "review"}/dashboard`;
}

/** The dashboard's query from the address (each value a string, cut short). */
export function dashboardQuery(sp: Record<string, string | string[] | undefined>) {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string).slice(0, 40) : undefined);
  return { period: one("period"), from: one("from"), to: one("to"), department: one("department") };
}
