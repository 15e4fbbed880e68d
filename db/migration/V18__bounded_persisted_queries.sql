-- The persisted-query store is bounded (by count and by characters): when a registration takes it past either bound,
-- the documents used least recently are removed, and their clients register them again on their next request, as
-- automatic persisted queries provide. last_used_at is refreshed at most every few minutes per document.
ALTER TABLE persisted_query ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE persisted_query ADD COLUMN characters INT DEFAULT 0 NOT NULL;
UPDATE persisted_query SET last_used_at = registered_at, characters = LENGTH(document);
ALTER TABLE persisted_query ALTER COLUMN last_used_at SET NOT NULL;
CREATE INDEX persisted_query_by_last_use ON persisted_query (last_used_at);
