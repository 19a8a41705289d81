-- pg_trgm declares its similarity functions as cheap as an integer comparison (COST 1), so the
-- planner prefers checking every row of persons (22–80 ms over 30,000 persons) to a bitmap scan of
-- the trigram index (5–10 ms). Declaring their real cost lets it choose the index by itself.
ALTER FUNCTION word_similarity(text, text) COST 100;
--> statement-breakpoint
ALTER FUNCTION word_similarity_commutator_op(text, text) COST 100;
