// All translation files, bundled. Namespaces are one JSON file each under locales/<lng>/.
import zhCommon from "@/locales/zh/common.json";
import zhAuth from "@/locales/zh/auth.json";
import zhErrors from "@/locales/zh/errors.json";
import zhValidation from "@/locales/zh/validation.json";
import zhStaff from "@/locales/zh/staff.json";
import zhProfile from "@/locales/zh/profile.json";
import zhApplications from "@/locales/zh/applications.json";
import zhForm from "@/locales/zh/form.json";
import zhServices from "@/locales/zh/services.json";
import zhTracking from "@/locales/zh/tracking.json";
import zhWorkbench from "@/locales/zh/workbench.json";
import zhA11y from "@/locales/zh/a11y.json";
import zhWindow from "@/locales/zh/window.json";
import zhAccount from "@/locales/zh/account.json";
import zhEvaluation from "@/locales/zh/evaluation.json";
import zhDashboard from "@/locales/zh/dashboard.json";
import zhBundles from "@/locales/zh/bundles.json";
import ugCommon from "@/locales/ug/common.json";
import ugAuth from "@/locales/ug/auth.json";
import ugErrors from "@/locales/ug/errors.json";
import ugValidation from "@/locales/ug/validation.json";
import ugStaff from "@/locales/ug/staff.json";
import ugProfile from "@/locales/ug/profile.json";
import ugApplications from "@/locales/ug/applications.json";
import ugForm from "@/locales/ug/form.json";
import ugServices from "@/locales/ug/services.json";
import ugTracking from "@/locales/ug/tracking.json";
import ugWorkbench from "@/locales/ug/workbench.json";
import ugA11y from "@/locales/ug/a11y.json";
import ugWindow from "@/locales/ug/window.json";
import ugAccount from "@/locales/ug/account.json";
import ugEvaluation from "@/locales/ug/evaluation.json";
import ugDashboard from "@/locales/ug/dashboard.json";
import ugBundles from "@/locales/ug/bundles.json";
import type { Locale } from "./config";

export const namespaces = [
  "common",
  "auth",
  "errors",
  "validation",
  "staff",
  "services",
  "form",
  "applications",
  "profile",
  "tracking",
  "workbench",
  "a11y",
  "window",
  "account",
  "evaluation",
  "dashboard",
  "bundles",
] as const;
export type Namespace = (typeof namespaces)[number];

export const resources = {
  zh: {
    common: zhCommon,
    auth: zhAuth,
    errors: zhErrors,
    validation: zhValidation,
    staff: zhStaff,
    services: zhServices,
    form: zhForm,
    applications: zhApplications,
    profile: zhProfile,
    tracking: zhTracking,
    workbench: zhWorkbench,
    a11y: zhA11y,
    window: zhWindow,
    account: zhAccount,
    evaluation: zhEvaluation,
    dashboard: zhDashboard,
    bundles: zhBundles,
  },
  ug: {
    common: ugCommon,
    auth: ugAuth,
    errors: ugErrors,
    validation: ugValidation,
    staff: ugStaff,
    services: ugServices,
    form: ugForm,
    applications: ugApplications,
    profile: ugProfile,
    tracking: ugTracking,
    workbench: ugWorkbench,
    a11y: ugA11y,
    window: ugWindow,
    account: ugAccount,
    evaluation: ugEvaluation,
    dashboard: ugDashboard,
    bundles: ugBundles,
  },
} satisfies Record<Locale, Record<Namespace, unknown>>;
