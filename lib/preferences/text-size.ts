import { z } from "zod";

export const TEXT_SIZE_COOKIE = "text-size";
export const ZTextSize = z.enum(["standard", "large"]);
export type TTextSize = z.infer<typeof ZTextSize>;

/** The cookie wins (it is what the person chose on this device); then the signed-in user's saved setting. */
export function resolveTextSize(cookie: string | undefined, saved: TTextSize | null | undefined): TTextSize {
  const parsed = ZTextSize.safeParse(cookie);
  if (parsed.success) return parsed.data;
  return saved ?? "standard";
}
