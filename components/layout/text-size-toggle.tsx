import { setTextSizeAction } from "@/lib/preferences/set-text-size-action";
import type { TTextSize } from "@/lib/preferences/text-size";

// The one-click senior-mode switch: a real form, so it works without JavaScript.
export function TextSizeToggle({
  current,
  returnTo,
  labels,
}: {
  current: TTextSize;
  returnTo: string;
  labels: { toLarge: string; toStandard: string };
}) {
  const next: TTextSize = current === "large" ? "standard" : "large";
  return (
    <form action={setTextSizeAction}>
      <input type="hidden" name="size" value={next} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        className="inline-flex items-center gap-2 min-h-11 px-3 rounded-md border-2 border-ink bg-white text-ink font-semibold cursor-pointer"
      >
        <span aria-hidden="true" className="font-bold">
          {current === "large" ? "A" : "A+"}
        </span>
        {current === "large" ? labels.toStandard : labels.toLarge}
      </button>
    </form>
  );
}
