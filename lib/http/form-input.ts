// What every server action reads from its posted form the same way: the page's language (the default locale when
// missing or tampered), a text field, the window session a clerk's form carries. One place instead of a copy per
// action.
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";

export function formLocale(formData: FormData): Locale {
  const value = formData.get("locale");
  return isLocale(value) ? value : defaultLocale;
}

/** A text field, "" when missing (a file posted under that name counts as missing). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** The window session a clerk's form carries, if any. */
export function formWindowSession(formData: FormData): string | undefined {
  return formText(formData, "session") || undefined;
}
