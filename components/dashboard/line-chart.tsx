import { scaleLinear, scalePoint } from "d3-scale";
import { area, line } from "d3-shape";
import type { Locale } from "@/lib/i18n/config";

export type LinePoint = { key: string; label: string; value: number; text: string };

const W = 600;
const H = 200;

// The monthly trend as a line, rendered on the server (d3-scale for the axes, d3-shape for the path): no client
// JavaScript. The SVG holds only the shapes and stretches to the width (its stroke does not scale); the axis labels
// are HTML in rem below and beside it, so they stay readable in large text. In Uyghur the time axis runs from right
// to left: the first month is at the right, as the labels below read.
export function LineChart({ name, data, locale }: { name: string; data: LinePoint[]; locale: Locale }) {
  const rtl = locale === "ug";
  // Half a step of padding on each side: point i sits at the centre of label column i below.
  const x = scalePoint<string>()
    .domain(data.map((d) => d.key))
    .range(rtl ? [W, 0] : [0, W])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...data.map((d) => d.value))])
    .nice()
    .range([H - 4, 4]);
  const ticks = y.ticks(4).filter(Number.isInteger);
  const path = line<LinePoint>()
    .x((d) => x(d.key) ?? 0)
    .y((d) => y(d.value));
  const fill = area<LinePoint>()
    .x((d) => x(d.key) ?? 0)
    .y0(y(0))
    .y1((d) => y(d.value));
  const nf = new Intl.NumberFormat(locale === "ug" ? "ug-CN" : "zh-CN");
  // At most about 12 month labels: with a longer range every n-th is labelled.
  const every = Math.ceil(data.length / 12);
  return (
    <figure role="img" aria-label={name} className="m-0">
      <div className="flex gap-2">
        <div className="relative w-12 shrink-0 h-48 senior:h-60 text-sm" aria-hidden="true">
          {ticks.map((t) => (
            <span
              key={t}
              className="absolute end-0 -translate-y-1/2 tabular-nums"
              style={{ insetBlockStart: `${(y(t) / H) * 100}%` }}
            >
              <bdi>{nf.format(t)}</bdi>
            </span>
          ))}
        </div>
        <div className="flex-1 min-w-0">
          <svg
            className="block w-full h-48 senior:h-60 border-b-2 border-ink"
            viewBox={`0 0 ${W} ${H}`}
            preserveAspectRatio="none"
            aria-hidden="true"
          >
            {ticks.map((t) => (
              <line
                key={t}
                x1={0}
                x2={W}
                y1={y(t)}
                y2={y(t)}
                className="stroke-line"
                strokeDasharray="4 4"
                vectorEffect="non-scaling-stroke"
              />
            ))}
            <path d={fill(data) ?? ""} className="fill-brand-100" />
            <path
              d={path(data) ?? ""}
              className="fill-none stroke-brand-700"
              strokeWidth={3}
              vectorEffect="non-scaling-stroke"
            />
          </svg>
          <div className="grid text-sm mt-1" style={{ gridTemplateColumns: `repeat(${data.length}, minmax(0, 1fr))` }}>
            {data.map((d, i) => (
              <span key={d.key} className="text-center break-words leading-tight">
                {i % every === 0 ? d.label : ""}
              </span>
            ))}
          </div>
        </div>
      </div>
    </figure>
  );
}
