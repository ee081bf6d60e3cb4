import { dashboardCsvRoute } from "@/lib/dashboard/dashboard-csv-route";

// One dashboard table as CSV (all departments, or the one asked for): see lib/dashboard/export-dashboard-csv.ts.
export const GET = dashboardCsvRoute("admin");
