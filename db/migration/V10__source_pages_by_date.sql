-- A source's statements and actions are listed by date; these indexes let a page of them be read in order, however
-- many facts the source has (a synthetic benchmark source has tens of thousands).
CREATE INDEX statement_source_said ON statement (source_id, said_on, id);
CREATE INDEX action_source_occurred ON action (source_id, occurred_on, id);
