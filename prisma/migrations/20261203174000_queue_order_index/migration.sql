-- The department review queue's order (lib/applications/read/list-department-queue.ts: GROUP, DEADLINE_KEY, id),
-- as an expression index, so that a page is an index walk, not a sort of every open application: with 100,000 open
-- in one department the old query read the whole table and sorted it for every page (bench/review-queue.ts).
-- The expressions must stay the very text the query uses. Prisma cannot state an expression index in
-- schema.prisma: `npm run db:new-migration` will propose dropping it; remove that line from a new migration.
CREATE INDEX "Application_queue_order" ON "Application" (
  (CASE WHEN status = 'supplement_requested' THEN 1
        WHEN status IN ('submitted', 'accepted', 'under_review', 'supplement_requested', 'approved') THEN 0
        ELSE 2 END),
  (COALESCE(CASE WHEN status = 'submitted' THEN "acceptBy" ELSE "promisedBy" END, '9999-12-31')),
  id
);
