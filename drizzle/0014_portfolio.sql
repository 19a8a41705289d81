CREATE TABLE "portfolio_action_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"plan_year" integer NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"theme" text NOT NULL,
	"topic" text,
	"title" text NOT NULL,
	"sub_actions" text[] DEFAULT '{}' NOT NULL,
	"due_text" text NOT NULL,
	"due_date" date NOT NULL,
	"owner_role" text,
	"status" text DEFAULT 'gepland' NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_ambition" (
	"id" smallint PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_capacity_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"section" text NOT NULL,
	"label" text NOT NULL,
	"project_id" uuid,
	"hours" numeric,
	"fte" numeric,
	"tbd" boolean DEFAULT false NOT NULL,
	"text" text,
	"assignments" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_decision_projects" (
	"decision_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	CONSTRAINT "portfolio_decision_projects_decision_id_project_id_pk" PRIMARY KEY("decision_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "portfolio_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body" text NOT NULL,
	"meeting" text NOT NULL,
	"decided_on" date,
	"date_text" text,
	"subject" text NOT NULL,
	"decision" text NOT NULL,
	"source" text,
	"position" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_evi_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"session_id" uuid,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_evi_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"theme_id" uuid NOT NULL,
	"held_on" date,
	"date_text" text,
	"participants" integer,
	"participants_text" text,
	"description" text NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_evi_theme_projects" (
	"theme_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	CONSTRAINT "portfolio_evi_theme_projects_theme_id_project_id_pk" PRIMARY KEY("theme_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "portfolio_evi_themes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"period" text NOT NULL,
	"description" text,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "portfolio_finance_tables" (
	"kind" text PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_project_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_value" text,
	"to_value" text,
	"reason" text,
	"occurred_on" date,
	"occurred_text" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"source" text
);
--> statement-breakpoint
CREATE TABLE "portfolio_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"group_label" text,
	"description" text,
	"kind" text NOT NULL,
	"domain" text,
	"precondition" boolean DEFAULT false NOT NULL,
	"phase" text,
	"prioritisation" text,
	"leader_role" text,
	"leader_gemeente_code" text,
	"participating_gemeente_codes" text[] DEFAULT '{}' NOT NULL,
	"start_date" date,
	"end_date" date,
	"capacity_hours" numeric,
	"capacity_fte" numeric,
	"capacity_tbd" boolean DEFAULT false NOT NULL,
	"capacity_text" text,
	"loslaten" text,
	"criteria" jsonb,
	"contributions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"control_measure" text NOT NULL,
	"owner_role" text,
	"likelihood" smallint,
	"impact" smallint,
	"review_date" date,
	"status" text DEFAULT 'open' NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portfolio_action_notes" ADD CONSTRAINT "portfolio_action_notes_action_id_portfolio_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."portfolio_actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_action_notes" ADD CONSTRAINT "portfolio_action_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_capacity_lines" ADD CONSTRAINT "portfolio_capacity_lines_project_id_portfolio_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."portfolio_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_decision_projects" ADD CONSTRAINT "portfolio_decision_projects_decision_id_portfolio_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."portfolio_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_decision_projects" ADD CONSTRAINT "portfolio_decision_projects_project_id_portfolio_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."portfolio_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_decisions" ADD CONSTRAINT "portfolio_decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_evi_findings" ADD CONSTRAINT "portfolio_evi_findings_theme_id_portfolio_evi_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."portfolio_evi_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_evi_findings" ADD CONSTRAINT "portfolio_evi_findings_session_id_portfolio_evi_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."portfolio_evi_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_evi_sessions" ADD CONSTRAINT "portfolio_evi_sessions_theme_id_portfolio_evi_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."portfolio_evi_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_evi_sessions" ADD CONSTRAINT "portfolio_evi_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_evi_theme_projects" ADD CONSTRAINT "portfolio_evi_theme_projects_theme_id_portfolio_evi_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."portfolio_evi_themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_evi_theme_projects" ADD CONSTRAINT "portfolio_evi_theme_projects_project_id_portfolio_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."portfolio_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_project_events" ADD CONSTRAINT "portfolio_project_events_project_id_portfolio_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."portfolio_projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_project_events" ADD CONSTRAINT "portfolio_project_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portfolio_action_notes_action_idx" ON "portfolio_action_notes" USING btree ("action_id","created_at");--> statement-breakpoint
CREATE INDEX "portfolio_actions_year_idx" ON "portfolio_actions" USING btree ("plan_year","position");--> statement-breakpoint
CREATE INDEX "portfolio_decision_projects_project_idx" ON "portfolio_decision_projects" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "portfolio_decisions_position_idx" ON "portfolio_decisions" USING btree ("position");--> statement-breakpoint
CREATE INDEX "portfolio_evi_findings_theme_idx" ON "portfolio_evi_findings" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "portfolio_evi_sessions_theme_idx" ON "portfolio_evi_sessions" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "portfolio_evi_theme_projects_project_idx" ON "portfolio_evi_theme_projects" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "portfolio_project_events_project_idx" ON "portfolio_project_events" USING btree ("project_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_projects_key_uq" ON "portfolio_projects" USING btree ("key");--> statement-breakpoint
CREATE INDEX "portfolio_projects_position_idx" ON "portfolio_projects" USING btree ("position");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_risks_code_uq" ON "portfolio_risks" USING btree ("code");--> statement-breakpoint
-- The vocabularies the app validates, also held by the database (hand-written).
ALTER TABLE "portfolio_projects" ADD CONSTRAINT "portfolio_projects_kind_ck" CHECK ("kind" IN ('toekomstagenda', 'going-concern'));--> statement-breakpoint
ALTER TABLE "portfolio_projects" ADD CONSTRAINT "portfolio_projects_domain_ck" CHECK (("kind" = 'toekomstagenda' AND "domain" IS NULL) OR ("kind" = 'going-concern' AND "domain" IN ('jeugd', 'wmo', 'participatiewet', 'transformatie-szmh')));--> statement-breakpoint
ALTER TABLE "portfolio_projects" ADD CONSTRAINT "portfolio_projects_phase_ck" CHECK ("phase" IS NULL OR "phase" IN ('Planvorming', 'Onderzoek', 'Besluit', 'Implementatie', 'Uitvoering', 'Evaluatie', 'Continu', 'Afgerond'));--> statement-breakpoint
ALTER TABLE "portfolio_projects" ADD CONSTRAINT "portfolio_projects_dates_ck" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date");--> statement-breakpoint
ALTER TABLE "portfolio_risks" ADD CONSTRAINT "portfolio_risks_scale_ck" CHECK (("likelihood" IS NULL OR "likelihood" BETWEEN 1 AND 5) AND ("impact" IS NULL OR "impact" BETWEEN 1 AND 5));--> statement-breakpoint
ALTER TABLE "portfolio_risks" ADD CONSTRAINT "portfolio_risks_status_ck" CHECK ("status" IN ('open', 'beheerst', 'vervallen'));--> statement-breakpoint
ALTER TABLE "portfolio_actions" ADD CONSTRAINT "portfolio_actions_status_ck" CHECK ("status" IN ('gepland', 'loopt', 'gereed', 'vervallen'));
