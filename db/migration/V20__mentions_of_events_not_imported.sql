-- A GDELT Mentions file mostly points at events of earlier 15-minute files: such a row is real GDELT, not a broken
-- one. It is counted apart from the rejected rows (dataset.EventImporter), as DatasetImport.rowsWithoutEvent.
ALTER TABLE dataset_import ADD COLUMN rows_without_event BIGINT DEFAULT 0 NOT NULL;
