-- PostgreSQL only. An imported action is written with every index of its table and a trigger per foreign key, and an
-- import writes millions of them: measured (EXPLAIN ANALYZE of 20,000 imported rows), each foreign-key check costs
-- 12-25 microseconds a row and each index entry about 4. What an imported row never uses, it no longer pays for.

-- The composite key action_code_matches_root (event_code, root_code) -> event_code (code, root_code) already proves
-- that the code exists; the single-column key checked the same row a second time.
ALTER TABLE action DROP CONSTRAINT action_event_code_fkey;

-- The involvement tables are derived data, rebuilt from action_party (whose foreign keys stay) by the code that writes
-- actions (ActionIndex), as H2 has kept them since V9.
ALTER TABLE action_country DROP CONSTRAINT action_country_action_id_fkey;
ALTER TABLE action_country DROP CONSTRAINT action_country_country_code_fkey;
ALTER TABLE action_actor DROP CONSTRAINT action_actor_action_id_fkey;
ALTER TABLE action_actor DROP CONSTRAINT action_actor_actor_id_fkey;

-- Imported actions cite no source text and no statement, and GDELT and ICEWS ones have no PLOVER type: these indexes
-- serve lookups by a value, which the planner knows is never NULL, so they need no entries for NULLs.
DROP INDEX action_source;
CREATE INDEX action_source ON action (source_id, id) WHERE source_id IS NOT NULL;
DROP INDEX action_source_occurred;
CREATE INDEX action_source_occurred ON action (source_id, occurred_on, id) WHERE source_id IS NOT NULL;
DROP INDEX action_reported_in;
CREATE INDEX action_reported_in ON action (reported_in_id) WHERE reported_in_id IS NOT NULL;
DROP INDEX action_plover;
CREATE INDEX action_plover ON action (plover_type, plover_mode, occurred_on, id) WHERE plover_type IS NOT NULL;
