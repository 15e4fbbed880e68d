-- PostgreSQL only: a full-text index for action search (ActionFilter.search), as V7 is for statements: WordSearch
-- matches every searched word as a whole word with to_tsvector('simple', summary) @@ plainto_tsquery('simple', ...).
CREATE INDEX action_summary_search ON action USING GIN (to_tsvector('simple', summary));
