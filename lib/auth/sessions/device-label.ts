// A short, human description of a browser from its user-agent ("Chrome · Android"), for the account page's list of
// signed-in devices. Pure. Only this label is stored: the full user-agent string is a fingerprint we do not need.
const browsers: Array<[RegExp, string]> = [
  [/MicroMessenger/i, "WeChat"],
  [/Edg\//, "Edge"],
  [/HeadlessChrome|Chrome\/|CriOS/, "Chrome"],
  [/Firefox\/|FxiOS/, "Firefox"],
  [/Safari\//, "Safari"],
];
const systems: Array<[RegExp, string]> = [
  [/Android/i, "Android"],
  [/iPhone|iPad|iOS/i, "iOS"],
  [/HarmonyOS/i, "HarmonyOS"],
  [/Windows/i, "Windows"],
  [/Mac OS X|Macintosh/i, "macOS"],
  [/Linux/i, "Linux"],
];

export function deviceLabel(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser = browsers.find(([re]) => re.test(userAgent))?.[1];
  const system = systems.find(([re]) => re.test(userAgent))?.[1];
  const label = [browser, system].filter(Boolean).join(" · ");
  return label || null;
}
