// bench/RESULTS.md from one run's rows: the machine, then one table per module (goal, figure, baseline, ratio), then
// why each missed goal was missed and what would close it, then the capacity model (bench/CAPACITY.md, whose per-
// instance figures come from this run's rows).
import fs from "node:fs";
import path from "node:path";
import type { BenchRow } from "./bench-types";

export type Machine = {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  commit: string;
  date: string;
  totalSeconds: number;
  partial: boolean;
};

const cell = (s: string | undefined) => (s ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");
const verdict = (met: boolean | null) => (met === null ? "" : met ? "met" : "**missed**");

export function renderResults(input: {
  results: { module: string; rows: BenchRow[]; seconds: number }[];
  machine: Machine;
  capacity?: string;
}): string {
  const { machine: m, results } = input;
  const out: string[] = [];
  out.push("# Benchmark results", "");
  out.push(
    "Written by `npm run bench` (bench/run.ts); do not edit by hand: rerun it. Every figure below comes from one run on " +
      "the machine described here; each comparison (portal vs bare Next.js, tracking vs /api/health) was measured " +
      "side by side in that run.",
    "",
  );
  out.push(
    `- Date: ${m.date}`,
    `- Commit: ${m.commit}`,
    `- Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}; the load generator and the ` +
      "server share these cores.",
    `- Run time: ${Math.floor(m.totalSeconds / 60)} min ${m.totalSeconds % 60} s` +
      (m.partial ? " (a partial run: only the modules below)" : ""),
    "",
  );
  const all = results.flatMap((r) => r.rows);
  const goals = all.filter((r) => r.met !== null);
  out.push(`Goals met: ${goals.filter((r) => r.met).length} of ${goals.length}.`, "");
  for (const r of results) {
    out.push(`## ${r.module}`, "", `(${r.seconds} s)`, "");
    out.push("| what | goal | figure | baseline | ratio | |", "|---|---|---|---|---|---|");
    for (const row of r.rows)
      out.push(
        `| ${cell(row.what)} | ${cell(row.goal)} | ${cell(row.figure)} | ${cell(row.baseline)} | ${cell(row.ratio)} | ${verdict(row.met)} |`,
      );
    const notes = r.rows.filter((row) => row.note);
    if (notes.length) {
      out.push("");
      for (const row of notes) out.push(`- **${row.what}**: ${row.note}`);
    }
    out.push("");
  }
  if (input.capacity) out.push(input.capacity.trim(), "");
  return out.join("\n");
}

export function writeResults(input: {
  file: string;
  results: { module: string; rows: BenchRow[]; seconds: number }[];
  machine: Machine;
}): string {
  const capacityFile = path.join(path.dirname(input.file), "CAPACITY.md");
  const capacity = fs.existsSync(capacityFile) ? fs.readFileSync(capacityFile, "utf8") : undefined;
  fs.writeFileSync(input.file, renderResults({ ...input, capacity }));
  return input.file;
}
