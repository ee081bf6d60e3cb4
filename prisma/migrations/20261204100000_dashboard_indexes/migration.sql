-- The performance dashboard's indexes (lib/dashboard/). Every figure reads a range of one date column, so each index
-- leads with it, and carries the columns the figure reads (INCLUDE) so PostgreSQL answers from the index alone
-- (an index-only scan: no visit to a million wide Application rows with their answers JSON). Partial: drafts have
-- no submittedAt and undecided applications no decidedOn, so neither is in the index.
-- schema.prisma cannot state partial or INCLUDE indexes; a generated migration that drops these must lose that line.

-- Volume by item, department, channel and month, and the supplement rate: submittedAt in [from, to + 1 day).
CREATE INDEX "Application_dashboard_submitted" ON "Application" ("submittedAt")
  INCLUDE ("serviceCode", "channel", "status", "supplementRequests")
  WHERE "submittedAt" IS NOT NULL;

-- On-time rates, average and 90th percentile of working days, default satisfaction: decidedOn between from and to.
CREATE INDEX "Application_dashboard_decided" ON "Application" ("decidedOn")
  INCLUDE ("serviceCode", "promisedBy", "legalBy", "decisionWorkingDays")
  WHERE "decidedOn" IS NOT NULL;

-- Rectification figures: cases opened in the period, all departments or one.
CREATE INDEX "RectificationCase_dashboard_opened" ON "RectificationCase" ("openedOn");
CREATE INDEX "RectificationCase_dashboard_department_opened" ON "RectificationCase" ("departmentId", "openedOn");
