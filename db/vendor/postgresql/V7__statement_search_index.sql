-- PostgreSQL only: a full-text index for statement search. StatementFilters matches every searched word as a whole
-- word in any case; on PostgreSQL it does so with to_tsvector('simple', content) @@ plainto_tsquery('simple', ...),
-- which this index answers. ('simple' neither stems nor drops stop words, so it finds exactly the words H2 finds.)
CREATE INDEX statement_content_search ON statement USING GIN (to_tsvector('simple', content));
