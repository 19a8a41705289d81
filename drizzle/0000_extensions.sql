-- Trigram search for typo-tolerant name search. Accents are stripped by the application
-- before storing search_name, so unaccent is not needed at query time.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
