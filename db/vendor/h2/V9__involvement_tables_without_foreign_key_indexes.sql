-- H2 only. H2 backs every foreign key with a single-column index of its own, and then prefers that index for
-- "actions of country X by date": it reads all of X's rows and sorts them, instead of reading the first rows of the
-- composite (party, date, action) index in order, which is what makes a page cost the same at any depth.
-- The involvement tables are derived data, rebuilt from action_party (whose foreign keys stay) by the code that writes
-- actions (ActionIndex), so they are rebuilt here without foreign keys. PostgreSQL creates no such indexes and keeps
-- its V6 tables unchanged.

CREATE TABLE action_country_rebuilt (
    action_id    BIGINT  NOT NULL,
    country_code CHAR(2) NOT NULL,
    occurred_on  DATE,
    as_actor     BOOLEAN NOT NULL,
    as_recipient BOOLEAN NOT NULL,
    as_affected  BOOLEAN NOT NULL,
    retracted    BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT action_country_pk PRIMARY KEY (action_id, country_code)
);
CREATE INDEX action_country_by_date_rebuilt ON action_country_rebuilt (country_code, occurred_on, action_id);
INSERT INTO action_country_rebuilt (action_id, country_code, occurred_on, as_actor, as_recipient, as_affected, retracted)
SELECT action_id, country_code, occurred_on, as_actor, as_recipient, as_affected, retracted FROM action_country;
DROP TABLE action_country;
ALTER TABLE action_country_rebuilt RENAME TO action_country;
ALTER INDEX action_country_by_date_rebuilt RENAME TO action_country_by_date;

CREATE TABLE action_actor_rebuilt (
    action_id    BIGINT  NOT NULL,
    actor_id     BIGINT  NOT NULL,
    occurred_on  DATE,
    as_actor     BOOLEAN NOT NULL,
    as_recipient BOOLEAN NOT NULL,
    as_affected  BOOLEAN NOT NULL,
    retracted    BOOLEAN DEFAULT FALSE NOT NULL,
    CONSTRAINT action_actor_pk PRIMARY KEY (action_id, actor_id)
);
CREATE INDEX action_actor_by_date_rebuilt ON action_actor_rebuilt (actor_id, occurred_on, action_id);
INSERT INTO action_actor_rebuilt (action_id, actor_id, occurred_on, as_actor, as_recipient, as_affected, retracted)
SELECT action_id, actor_id, occurred_on, as_actor, as_recipient, as_affected, retracted FROM action_actor;
DROP TABLE action_actor;
ALTER TABLE action_actor_rebuilt RENAME TO action_actor;
ALTER INDEX action_actor_by_date_rebuilt RENAME TO action_actor_by_date;
