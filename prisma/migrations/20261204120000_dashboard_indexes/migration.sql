-- The satisfaction figures of the dashboard (lib/dashboard/satisfaction-figures.ts) read ratings by when they were
-- given: index-only scans at city scale (bench/city-scale holds ~600,000 ratings). The Application and
-- RectificationCase indexes the dashboard needs are in 20261204100000_dashboard_indexes (one set, not two: every
-- index is paid for on every write).
CREATE INDEX "Evaluation_dashboard_created_idx" ON "Evaluation"("createdAt")
  INCLUDE ("departmentId", "serviceCode", channel, score, "applicationId");
-- The reasons of bad ratings only (score <= 2): a small partial index.
CREATE INDEX "Evaluation_dashboard_bad_idx" ON "Evaluation"("createdAt")
  INCLUDE ("departmentId", "serviceCode", reasons)
  WHERE score <= 2;
