// The contract between `npm run bench` (bench/run.ts) and each benchmark module (bench/<name>.ts).
// A module exports `bench(ctx)` and returns rows; the runner starts what the module needs (the city-scale database,
// the portal's production build, the bare Next.js app of the same version), calls the modules one after another (never
// two at once: they share 2 cores) and writes bench/RESULTS.md from the rows.

export type BenchContext = {
  /** The portal's production build (`next start`), on the city-scale database. */
  portalUrl: string;
  /** The bare Next.js 16 app under bench/bare-next (same Next and React), built in the same run. */
  bareUrl: string;
  /** The portal's own role (portal_app) on the bench database. */
  databaseUrl: string;
  /** The owner of the tables (migrations, bulk loads). */
  ownerUrl: string;
  /** Environment the portal runs with (session secret, data keys…), for modules that call use cases in-process. */
  portalEnv: NodeJS.ProcessEnv;
  /** Progress lines for the person watching (long work shows progress). */
  log: (message: string) => void;
};

export type BenchRow = {
  /** What is measured, e.g. "public tracking, use case, p95". */
  what: string;
  /** The goal as the issue states it, e.g. "< 20 ms". Empty when the figure is reported, not judged. */
  goal: string;
  /** The figure measured, with its unit. */
  figure: string;
  /** The baseline it is compared with in the same run (bare Next.js, /api/health…), if any. */
  baseline?: string;
  /** figure ÷ baseline (or baseline ÷ figure for throughput), formatted, if any. */
  ratio?: string;
  /** Whether the goal is met; null when there is no goal. */
  met: boolean | null;
  /** Where a goal is missed: why, and what would close it. */
  note?: string;
};

export type BenchModule = { bench: (ctx: BenchContext) => Promise<BenchRow[]> };

/** Percentile of a list of numbers (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
