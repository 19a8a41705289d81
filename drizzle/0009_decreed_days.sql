CREATE TABLE "decreed_days" (
	"date" date PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"decree" text NOT NULL,
	"added_by" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "decreed_days" ADD CONSTRAINT "decreed_days_added_by_users_id_fk" FOREIGN KEY ("added_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;