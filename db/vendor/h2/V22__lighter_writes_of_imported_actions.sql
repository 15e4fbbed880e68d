-- H2 only. What an imported row paid for without need.

-- An identity column's sequence hands out 32 values from memory, then records its new state with a commit
-- of its own, and on H2 every commit stores every changed page of the file: an import of 30,000 actions spent 12 % of
-- its time in those commits (JFR: Sequence.flush -> SessionLocal.commit -> MVStore.store). With 10,000 values in
-- memory, a chunk of imported actions pays for one. A crash loses at most the unused values, never a row.
ALTER TABLE action ALTER COLUMN id SET CACHE 10000;
ALTER TABLE actor ALTER COLUMN id SET CACHE 10000;

-- H2 backs every foreign key with an index on exactly its columns, so the composite indexes below only repeated them
-- for every imported row: action_party.actor_id (read when an actor's country changes, ActionIndex) and
-- action_record.import_id (read when an import is retracted) are served by their foreign keys' own indexes.
DROP INDEX action_party_actor;
DROP INDEX action_record_import;
