-- Issue 19, bounded queries: indexes that serve the keyset order of each paged list (lib/paging/keyset.ts).
-- A page is "the next rows after (time, id)", so each index ends with the row id that breaks ties on the time.
-- Plain CREATE INDEX (not CONCURRENTLY: a migration may run in a transaction); on a large AuditLog it blocks writes
-- to that table while it builds.

-- The resident's inbox: WHERE userId = ? ORDER BY createdAt DESC, id DESC. Replaces the index without id.
DROP INDEX IF EXISTS "Notification_userId_createdAt_idx";
CREATE INDEX "Notification_userId_createdAt_id_idx" ON "Notification"("userId", "createdAt", "id");

-- "My applications": WHERE applicantId = ? AND status <> 'draft' ORDER BY submittedAt DESC, id DESC.
CREATE INDEX "Application_applicantId_submittedAt_id_idx" ON "Application"("applicantId", "submittedAt", "id");

-- "Who read my data": (subjectType = 'profile' AND subjectId = ?) OR onBehalfOf = ?, ORDER BY at DESC, id DESC.
-- The first half had an index without id (replaced: same leading columns, so every query it served still is);
-- the second half had none (each page read the whole log).
DROP INDEX IF EXISTS "AuditLog_subjectType_subjectId_at_idx";
CREATE INDEX "AuditLog_subjectType_subjectId_at_id_idx" ON "AuditLog"("subjectType", "subjectId", "at", "id");
CREATE INDEX "AuditLog_onBehalfOf_at_id_idx" ON "AuditLog"("onBehalfOf", "at", "id");

-- The department's queue starts from the department's parts. Its order (urgency relative to today, then the promised
-- date) changes with the date and cannot be an index; the query reads the department's rows through this index and
-- keeps the page's rows in a bounded top-N sort (LIMIT), never the whole queue in memory or on the wire.
CREATE INDEX "ApplicationPart_departmentId_applicationId_idx" ON "ApplicationPart"("departmentId", "applicationId");
