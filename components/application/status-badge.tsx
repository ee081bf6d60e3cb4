import type { Status } from "@/lib/applications/transition/status-machine";

// The status in plain words, with a shape as well as a colour (never colour alone). White background: the
// coloured text then keeps 7:1 contrast (AAA) in senior mode.
const look: Record<Status, string> = {
  draft: "border-line bg-white text-ink",
  submitted: "border-brand-700 bg-white text-brand-900",
  accepted: "border-brand-700 bg-white text-brand-900",
  under_review: "border-brand-700 bg-white text-brand-900",
  supplement_requested: "border-danger bg-white text-danger",
  approved: "border-ok bg-white text-ok",
  result_issued: "border-ok bg-white text-ok",
  closed: "border-ok bg-white text-ok",
  not_accepted: "border-ink bg-white text-ink",
  refused: "border-ink bg-white text-ink",
  withdrawn: "border-line bg-white text-ink",
};

export function StatusBadge({ status, label }: { status: Status; label: string }) {
  return <span className={`inline-block border-2 rounded-md px-2 py-0.5 font-semibold ${look[status]}`}>{label}</span>;
}
