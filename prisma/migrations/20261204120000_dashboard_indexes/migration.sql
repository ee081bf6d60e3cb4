-- Indexes for the performance dashboard (issue 20) at city scale (1,000,000 applications, 600,000 evaluations):
-- its figures are aggregates over a period, so each index leads with the period's column and carries the columns
-- the figures group and count by (INCLUDE), letting PostgreSQL answer from the index alone for a month or a quarter
-- instead of reading the whole Application table (~600 MB with the sealed answers) for every figure.

-- Volume by item, department (the item's lead department) and channel, over the submission period.
CREATE INDEX "Application_dashboard_submitted_idx" ON "Application"("submittedAt")
  INCLUDE ("serviceCode", channel, status)
  WHERE "submittedAt" IS NOT NULL;

-- Timeliness (on time against the promised and the legal limit), working days (average, 90th percentile), the
-- supplement rate, over the decision period.
CREATE INDEX "Application_dashboard_decided_idx" ON "Application"("decidedOn")
  INCLUDE ("serviceCode", channel, "promisedBy", "legalBy", "decisionWorkingDays", "supplementRequests")
  WHERE "decidedOn" IS NOT NULL;

-- Satisfaction by period (rates, channels, items) and the top reasons of bad ratings.
CREATE INDEX "Evaluation_dashboard_created_idx" ON "Evaluation"("createdAt")
  INCLUDE ("departmentId", "serviceCode", channel, score, "applicationId");
CREATE INDEX "Evaluation_dashboard_bad_idx" ON "Evaluation"("createdAt")
  INCLUDE ("departmentId", "serviceCode", reasons)
  WHERE score <= 2;

-- Rectification rate and time by the period the case was opened in.
CREATE INDEX "RectificationCase_dashboard_opened_idx" ON "RectificationCase"("openedOn")
  INCLUDE ("departmentId", status, "responseWorkingDays", "escalatedAt");
