// The clerk's screen layout: "compact" puts more on a window workstation's screen (smaller spacing and text, wider
// content); remembered per browser, which is per workstation. Ignored in senior mode and for anyone but clerks.
export const WINDOW_LAYOUT_COOKIE = "window-layout";
export type WindowLayout = "standard" | "compact";

export function windowLayoutOf(cookie: string | undefined): WindowLayout {
  return cookie === "compact" ? "compact" : "standard";
}
