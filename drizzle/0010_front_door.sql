CREATE TABLE "case_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"participants" text[] NOT NULL,
	"report" text,
	"reported_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_referrals" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"referrer" text NOT NULL,
	"referrer_name" text,
	"second_opinion_by" text,
	"second_opinion_on" date,
	"second_opinion_outcome" text
);
--> statement-breakpoint
CREATE TABLE "household_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"actor_id" uuid,
	"kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"agreed_on" date,
	"agreement_method" text,
	"next_review_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_regisseurs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	"until" timestamp with time zone,
	"reason" text,
	"assigned_by" uuid
);
--> statement-breakpoint
CREATE TABLE "intake_cases" (
	"intake_id" uuid NOT NULL,
	"case_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intake_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"intake_id" uuid NOT NULL,
	"partner" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "intakes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"household_id" uuid,
	"channel" text NOT NULL,
	"reported_by" text,
	"own_words" text NOT NULL,
	"clarified_question" text,
	"received_on" date NOT NULL,
	"area_code" text,
	"gemeente_code" text,
	"team_id" uuid,
	"routed_by" text,
	"routing_rule" text,
	"override_reason" text,
	"assignee_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome_kinds" text[],
	"advice" text,
	"completed_on" date,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"person_id" uuid,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"support" text,
	"contact" text,
	"active" integer DEFAULT 1 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "self_sufficiency_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"intake_id" uuid,
	"assessed_on" date NOT NULL,
	"life_domain" text NOT NULL,
	"score" smallint NOT NULL,
	"note" text,
	"assessed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_sufficiency_score_range" CHECK ("self_sufficiency_scores"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_appointments" ADD CONSTRAINT "case_appointments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_referrals" ADD CONSTRAINT "case_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_events" ADD CONSTRAINT "household_events_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_events" ADD CONSTRAINT "household_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_plans" ADD CONSTRAINT "household_plans_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_plans" ADD CONSTRAINT "household_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_regisseurs" ADD CONSTRAINT "household_regisseurs_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_regisseurs" ADD CONSTRAINT "household_regisseurs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_regisseurs" ADD CONSTRAINT "household_regisseurs_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_cases" ADD CONSTRAINT "intake_cases_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_cases" ADD CONSTRAINT "intake_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_referrals" ADD CONSTRAINT "intake_referrals_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intake_referrals" ADD CONSTRAINT "intake_referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intakes" ADD CONSTRAINT "intakes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_sufficiency_scores" ADD CONSTRAINT "self_sufficiency_scores_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_sufficiency_scores" ADD CONSTRAINT "self_sufficiency_scores_intake_id_intakes_id_fk" FOREIGN KEY ("intake_id") REFERENCES "public"."intakes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_sufficiency_scores" ADD CONSTRAINT "self_sufficiency_scores_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_appointments_case_idx" ON "case_appointments" USING btree ("case_id","starts_at");--> statement-breakpoint
CREATE INDEX "household_events_household_idx" ON "household_events" USING btree ("household_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "household_plans_version_uq" ON "household_plans" USING btree ("household_id","version");--> statement-breakpoint
CREATE INDEX "household_plans_review_idx" ON "household_plans" USING btree ("next_review_on");--> statement-breakpoint
CREATE INDEX "household_regisseurs_household_idx" ON "household_regisseurs" USING btree ("household_id","until");--> statement-breakpoint
CREATE UNIQUE INDEX "intake_cases_uq" ON "intake_cases" USING btree ("intake_id","case_id");--> statement-breakpoint
CREATE INDEX "intake_cases_case_idx" ON "intake_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "intake_referrals_intake_idx" ON "intake_referrals" USING btree ("intake_id");--> statement-breakpoint
CREATE INDEX "intakes_person_idx" ON "intakes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "intakes_household_idx" ON "intakes" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "intakes_team_status_idx" ON "intakes" USING btree ("team_id","status","received_on");--> statement-breakpoint
CREATE INDEX "network_members_household_idx" ON "network_members" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "self_sufficiency_person_idx" ON "self_sufficiency_scores" USING btree ("person_id","life_domain","assessed_on");