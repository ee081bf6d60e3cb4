// All translation files, bundled. Namespaces are one JSON file each under locales/<lng>/.
import zhCommon from "@/locales/zh/common.json";
import zhAuth from "@/locales/zh/auth.json";
import zhErrors from "@/locales/zh/errors.json";
import zhValidation from "@/locales/zh/validation.json";
import zhStaff from "@/locales/zh/staff.json";
import ugCommon from "@/locales/ug/common.json";
import ugAuth from "@/locales/ug/auth.json";
import ugErrors from "@/locales/ug/errors.json";
import ugValidation from "@/locales/ug/validation.json";
import ugStaff from "@/locales/ug/staff.json";
import type { Locale } from "./config";

export const namespaces = ["common", "auth", "errors", "validation", "staff"] as const;
export type Namespace = (typeof namespaces)[number];

export const resources = {
  zh: { common: zhCommon, auth: zhAuth, errors: zhErrors, validation: zhValidation, staff: zhStaff },
  ug: { common: ugCommon, auth: ugAuth, errors: ugErrors, validation: ugValidation, staff: ugStaff },
} satisfies Record<Locale, Record<Namespace, unknown>>;
