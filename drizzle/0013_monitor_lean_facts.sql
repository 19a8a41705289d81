ALTER TABLE "monitor_provision_facts" DROP COLUMN "household_key";--> statement-breakpoint
-- The access facts, too, check immutability once per statement (an EXISTS per row cost seconds
-- at national scale); see 0012 for the functions.
DROP TRIGGER monitor_access_facts_immutable ON monitor_access_facts;
--> statement-breakpoint
CREATE TRIGGER monitor_access_facts_insert_check AFTER INSERT ON monitor_access_facts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitor_facts_refuse_new();
--> statement-breakpoint
CREATE TRIGGER monitor_access_facts_update_new_check AFTER UPDATE ON monitor_access_facts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitor_facts_refuse_new();
--> statement-breakpoint
CREATE TRIGGER monitor_access_facts_update_old_check AFTER UPDATE ON monitor_access_facts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitor_facts_refuse_old();
--> statement-breakpoint
CREATE TRIGGER monitor_access_facts_delete_check AFTER DELETE ON monitor_access_facts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitor_facts_refuse_old();
