CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"decision_type_code" text NOT NULL,
	"kind" text NOT NULL,
	"decided_on" date NOT NULL,
	"effective_from" date NOT NULL,
	"effective_until" date,
	"outcome" text NOT NULL,
	"replaces_decision_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"provision_type_code" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"volume" integer,
	"volume_unit" text,
	"amount_cents" integer,
	"paying_gemeente_code" text,
	"end_reason" text,
	"ended_by_decision_id" uuid
);
--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provisions" ADD CONSTRAINT "provisions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decisions_case_idx" ON "decisions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "decisions_decided_idx" ON "decisions" USING btree ("decided_on");--> statement-breakpoint
CREATE INDEX "provisions_person_idx" ON "provisions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "provisions_type_period_idx" ON "provisions" USING btree ("provision_type_code","start_date");--> statement-breakpoint
CREATE INDEX "provisions_gemeente_idx" ON "provisions" USING btree ("paying_gemeente_code","domain");