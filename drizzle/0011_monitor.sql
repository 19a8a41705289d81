CREATE TABLE "monitor_access_facts" (
	"snapshot_id" uuid NOT NULL,
	"gemeente_code" text,
	"wijk_code" text,
	"domain" text NOT NULL,
	"case_type_code" text NOT NULL,
	"received_on" date NOT NULL,
	"decided_on" date NOT NULL,
	"days" integer NOT NULL,
	"within_term" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_external_values" (
	"indicator_code" text NOT NULL,
	"area_code" text NOT NULL,
	"period" text NOT NULL,
	"numerator" bigint,
	"denominator" bigint,
	"value" numeric,
	"respondents" integer,
	"source" text NOT NULL,
	"import_id" uuid NOT NULL,
	CONSTRAINT "monitor_external_values_indicator_code_area_code_period_pk" PRIMARY KEY("indicator_code","area_code","period")
);
--> statement-breakpoint
CREATE TABLE "monitor_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"rows_read" integer NOT NULL,
	"values_accepted" integer NOT NULL,
	"report" jsonb NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_person_facts" (
	"snapshot_id" uuid NOT NULL,
	"person_key" "bytea" NOT NULL,
	"household_key" "bytea",
	"gemeente_code" text,
	"wijk_code" text,
	"buurt_code" text,
	"age_band" text,
	"domain_mask" smallint NOT NULL,
	"provision_count" integer NOT NULL,
	"cost_cents" bigint,
	CONSTRAINT "monitor_person_facts_snapshot_id_person_key_pk" PRIMARY KEY("snapshot_id","person_key")
);
--> statement-breakpoint
CREATE TABLE "monitor_populations" (
	"area_code" text NOT NULL,
	"year" integer NOT NULL,
	"group_code" text NOT NULL,
	"count" integer NOT NULL,
	"estimated" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	CONSTRAINT "monitor_populations_area_code_year_group_code_pk" PRIMARY KEY("area_code","year","group_code")
);
--> statement-breakpoint
CREATE TABLE "monitor_provision_facts" (
	"snapshot_id" uuid NOT NULL,
	"person_key" "bytea" NOT NULL,
	"household_key" "bytea",
	"gemeente_code" text,
	"wijk_code" text,
	"buurt_code" text,
	"age_band" text,
	"domain" text NOT NULL,
	"provision_type_code" text NOT NULL,
	"category" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"cost_cents" bigint
);
--> statement-breakpoint
CREATE TABLE "monitor_results" (
	"snapshot_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"area_code" text NOT NULL,
	"breakdown" text DEFAULT '' NOT NULL,
	"numerator" bigint,
	"denominator" bigint,
	"value" numeric,
	"respondents" integer,
	"source" text,
	CONSTRAINT "monitor_results_snapshot_id_indicator_code_area_code_breakdown_pk" PRIMARY KEY("snapshot_id","indicator_code","area_code","breakdown")
);
--> statement-breakpoint
CREATE TABLE "monitor_snapshot_populations" (
	"snapshot_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"group_code" text NOT NULL,
	"count" integer NOT NULL,
	"year" integer NOT NULL,
	"estimated" boolean NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "monitor_snapshot_populations_snapshot_id_area_code_group_code_pk" PRIMARY KEY("snapshot_id","area_code","group_code")
);
--> statement-breakpoint
CREATE TABLE "monitor_snapshot_salts" (
	"snapshot_id" uuid PRIMARY KEY NOT NULL,
	"salt" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_label" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"version" integer NOT NULL,
	"supersedes_id" uuid,
	"correction_reason" text,
	"status" text NOT NULL,
	"person_count" integer NOT NULL,
	"provision_count" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_by" uuid,
	"compute_ms" integer,
	"published_at" timestamp with time zone,
	"published_by" uuid
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "gemeente_code" text;--> statement-breakpoint
ALTER TABLE "monitor_access_facts" ADD CONSTRAINT "monitor_access_facts_snapshot_id_monitor_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."monitor_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_imports" ADD CONSTRAINT "monitor_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_person_facts" ADD CONSTRAINT "monitor_person_facts_snapshot_id_monitor_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."monitor_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_provision_facts" ADD CONSTRAINT "monitor_provision_facts_snapshot_id_monitor_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."monitor_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_results" ADD CONSTRAINT "monitor_results_snapshot_id_monitor_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."monitor_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_snapshot_populations" ADD CONSTRAINT "monitor_snapshot_populations_snapshot_id_monitor_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."monitor_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_snapshot_salts" ADD CONSTRAINT "monitor_snapshot_salts_snapshot_id_monitor_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."monitor_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_snapshots" ADD CONSTRAINT "monitor_snapshots_computed_by_users_id_fk" FOREIGN KEY ("computed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitor_snapshots" ADD CONSTRAINT "monitor_snapshots_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "monitor_access_facts_snapshot_idx" ON "monitor_access_facts" USING btree ("snapshot_id");--> statement-breakpoint
CREATE INDEX "monitor_imports_at_idx" ON "monitor_imports" USING btree ("imported_at");--> statement-breakpoint
CREATE INDEX "monitor_provision_facts_snapshot_idx" ON "monitor_provision_facts" USING btree ("snapshot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_snapshots_period_version_uq" ON "monitor_snapshots" USING btree ("period_label","version");--> statement-breakpoint
-- A published Monitor snapshot never changes: its row, facts, population figures and results
-- refuse every update and delete, and nothing can be added to it. A correction is a new version.
CREATE OR REPLACE FUNCTION monitor_snapshot_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.status = 'gepubliceerd' THEN
    RAISE EXCEPTION 'a published monitor snapshot cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'gepubliceerd' THEN
    RAISE EXCEPTION 'a published monitor snapshot cannot be changed' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER monitor_snapshots_immutable
  BEFORE UPDATE OR DELETE ON monitor_snapshots
  FOR EACH ROW EXECUTE FUNCTION monitor_snapshot_refuse_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION monitor_snapshot_content_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  target uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN target := OLD.snapshot_id; ELSE target := NEW.snapshot_id; END IF;
  IF EXISTS (SELECT 1 FROM monitor_snapshots WHERE id = target AND status = 'gepubliceerd') THEN
    RAISE EXCEPTION 'the content of a published monitor snapshot cannot change (% refused)', TG_OP
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.snapshot_id <> NEW.snapshot_id
     AND EXISTS (SELECT 1 FROM monitor_snapshots WHERE id = OLD.snapshot_id AND status = 'gepubliceerd') THEN
    RAISE EXCEPTION 'the content of a published monitor snapshot cannot change' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER monitor_provision_facts_immutable BEFORE INSERT OR UPDATE OR DELETE ON monitor_provision_facts
  FOR EACH ROW EXECUTE FUNCTION monitor_snapshot_content_refuse_change();
--> statement-breakpoint
CREATE TRIGGER monitor_person_facts_immutable BEFORE INSERT OR UPDATE OR DELETE ON monitor_person_facts
  FOR EACH ROW EXECUTE FUNCTION monitor_snapshot_content_refuse_change();
--> statement-breakpoint
CREATE TRIGGER monitor_access_facts_immutable BEFORE INSERT OR UPDATE OR DELETE ON monitor_access_facts
  FOR EACH ROW EXECUTE FUNCTION monitor_snapshot_content_refuse_change();
--> statement-breakpoint
CREATE TRIGGER monitor_snapshot_populations_immutable BEFORE INSERT OR UPDATE OR DELETE ON monitor_snapshot_populations
  FOR EACH ROW EXECUTE FUNCTION monitor_snapshot_content_refuse_change();
--> statement-breakpoint
CREATE TRIGGER monitor_results_immutable BEFORE INSERT OR UPDATE OR DELETE ON monitor_results
  FOR EACH ROW EXECUTE FUNCTION monitor_snapshot_content_refuse_change();
--> statement-breakpoint
CREATE TRIGGER monitor_snapshots_no_truncate BEFORE TRUNCATE ON monitor_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_refuse_change();
