import { scaleLinear } from "d3-scale";
import type { Locale } from "@/lib/i18n/config";

export type BarDatum = { label: string; value: number | null; text: string };

// A horizontal bar chart rendered on the server: no client JavaScript. Labels and values are HTML text (sizes in
// rem, so they grow with the senior mode's root font size and wrap instead of overflowing); each bar is a small SVG
// whose x axis d3-scale maps from the page's start side: in Uyghur (RTL) bars grow from the right. The figure is one
// image for assistive technology (role="img" with a name); the table beside it carries the same numbers.
export function BarChart({
  name,
  data,
  locale,
  max,
}: {
  name: string;
  data: BarDatum[];
  locale: Locale;
  /** The end of the scale (1 for rates); the largest value otherwise. */
  max?: number;
}) {
  const rtl = locale === "ug";
  const top = max ?? Math.max(1, ...data.map((d) => d.value ?? 0));
  const x = scaleLinear()
    .domain([0, top])
    .range(rtl ? [100, 0] : [0, 100])
    .clamp(true);
  return (
    <figure role="img" aria-label={name} className="m-0">
      <div className="grid grid-cols-[minmax(5rem,14rem)_minmax(3rem,1fr)_auto] gap-x-3 gap-y-2 items-center">
        {data.map((d) => {
          const a = x(0);
          const b = x(d.value ?? 0);
          return (
            <div key={d.label} className="contents">
              <span className="text-base leading-snug">{d.label}</span>
              <svg
                className="block w-full min-w-0 h-6"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <rect x={0} y={0} width={100} height={10} className="fill-brand-50" />
                <rect x={Math.min(a, b)} y={0} width={Math.abs(b - a)} height={10} className="fill-brand-700" />
              </svg>
              <span className="text-base font-semibold tabular-nums text-end">
                <bdi>{d.text}</bdi>
              </span>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
