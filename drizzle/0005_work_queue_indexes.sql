-- The work queue sorts open cases by legal deadline, with cases without a legal term last; the
-- indexes follow that exact order so a page of 50 is read straight from the index.
DROP INDEX IF EXISTS "cases_queue_team_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "cases_queue_assignee_idx";
--> statement-breakpoint
CREATE INDEX "cases_queue_team_idx" ON "cases" USING btree ("team_id", coalesce("legal_deadline", '9999-12-31'::date), "id") WHERE "cases"."closed_on" is null;
--> statement-breakpoint
CREATE INDEX "cases_queue_assignee_idx" ON "cases" USING btree ("assignee_id", coalesce("legal_deadline", '9999-12-31'::date), "id") WHERE "cases"."closed_on" is null;
