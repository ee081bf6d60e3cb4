import { dashboardCsvRoute } from "@/lib/dashboard/dashboard-csv-route";

// One dashboard table of the reviewer's own department as CSV: see lib/dashboard/export-dashboard-csv.ts.
export const GET = dashboardCsvRoute("reviewer");
