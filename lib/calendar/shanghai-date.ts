// The Asia/Shanghai calendar date of a moment, as YYYY-MM-DD: the dates deadlines, decisions and cases are kept in.
// Pure and import-free, so plain Node scripts (the seed) can use it as well as the portal. One formatter for the
// process: building an Intl.DateTimeFormat loads time-zone data and cost about a millisecond per call, paid several
// times by every submission and queue page (bench/submission.ts profile).
const shanghaiDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

export function shanghaiDateOf(at: Date): string {
  return shanghaiDate.format(at);
}
