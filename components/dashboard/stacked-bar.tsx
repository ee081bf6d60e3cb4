import { scaleLinear } from "d3-scale";
import { stack } from "d3-shape";
import type { Locale } from "@/lib/i18n/config";

export type StackPart = { key: string; label: string; value: number; text: string };

// The five scores as one bar split by share (d3-shape's stack, d3-scale from the start side: in Uyghur the first
// part is at the right), with a legend in HTML that names each colour and repeats its count, so the colours are
// never the only way to tell the parts apart. Server-rendered, no client JavaScript.
const FILLS = ["#062c59", "#0b4f9c", "#6d9bd1", "#d97d3a", "#a4161a"];

export function StackedBar({ name, parts, locale }: { name: string; parts: StackPart[]; locale: Locale }) {
  const rtl = locale === "ug";
  const total = parts.reduce((s, p) => s + p.value, 0);
  const x = scaleLinear()
    .domain([0, Math.max(1, total)])
    .range(rtl ? [100, 0] : [0, 100]);
  const row = Object.fromEntries(parts.map((p) => [p.key, p.value]));
  const series = stack<Record<string, number>>().keys(parts.map((p) => p.key))([row]);
  return (
    <figure role="img" aria-label={name} className="m-0">
      <svg className="block w-full h-10 senior:h-12" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
        <rect x={0} y={0} width={100} height={10} className="fill-brand-50" />
        {series.map((s, i) => {
          const [a, b] = [x(s[0]![0]), x(s[0]![1])];
          return <rect key={s.key} x={Math.min(a, b)} y={0} width={Math.abs(b - a)} height={10} fill={FILLS[i % 5]} />;
        })}
      </svg>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 mt-2 text-base list-none p-0">
        {parts.map((p, i) => (
          <li key={p.key} className="flex items-center gap-2">
            <span className="inline-block w-4 h-4 border border-ink" style={{ background: FILLS[i % 5] }} />
            {p.label}: <bdi className="font-semibold tabular-nums">{p.text}</bdi>
          </li>
        ))}
      </ul>
    </figure>
  );
}
