-- Denormalised columns and index tables so that filtered and nested pages stay index range scans at GDELT-like
-- volumes (millions of actions), on H2 and PostgreSQL alike. Every copy must be written in the same transaction as
-- the fact it copies; this migration backfills them for the seed.

-- An action's coding values, copied from its event code so that filtering and sorting by intensity or quad class need
-- no join. intensity is the action's contribution to a cooperation-conflict score: the code's Goldstein value, or 0
-- for a negated action (a decision not to act moves nothing on the scale).
ALTER TABLE action ADD COLUMN quad_class SMALLINT;
ALTER TABLE action ADD COLUMN goldstein NUMERIC(3,1);
ALTER TABLE action ADD COLUMN intensity NUMERIC(3,1);

UPDATE action SET
    quad_class = (SELECT c.quad_class FROM event_code c WHERE c.code = action.event_code),
    goldstein = (SELECT c.goldstein FROM event_code c WHERE c.code = action.event_code),
    intensity = CASE WHEN negated THEN 0 ELSE (SELECT c.goldstein FROM event_code c WHERE c.code = action.event_code) END;

ALTER TABLE action ALTER COLUMN quad_class SET NOT NULL;
ALTER TABLE action ALTER COLUMN goldstein SET NOT NULL;
ALTER TABLE action ALTER COLUMN intensity SET NOT NULL;
ALTER TABLE action ADD CONSTRAINT action_intensity_follows_code
    CHECK (intensity = CASE WHEN negated THEN 0 ELSE goldstein END);

CREATE INDEX action_intensity ON action (intensity, id);
CREATE INDEX action_quad_class ON action (quad_class, occurred_on, id);

-- Each country and each actor involved in an action, once, with the roles it plays and the action's date: the driver
-- of "actions of X (in role R), by date", one index range read in order, without listing an action twice when X is
-- on both sides of it or has two parties in the same role.
CREATE TABLE action_country (
    action_id    BIGINT  NOT NULL REFERENCES action (id),
    country_code CHAR(2) NOT NULL REFERENCES country (code),
    occurred_on  DATE,
    as_actor     BOOLEAN NOT NULL,
    as_recipient BOOLEAN NOT NULL,
    as_affected  BOOLEAN NOT NULL,
    PRIMARY KEY (action_id, country_code)
);

CREATE INDEX action_country_by_date ON action_country (country_code, occurred_on, action_id);

CREATE TABLE action_actor (
    action_id    BIGINT  NOT NULL REFERENCES action (id),
    actor_id     BIGINT  NOT NULL REFERENCES actor (id),
    occurred_on  DATE,
    as_actor     BOOLEAN NOT NULL,
    as_recipient BOOLEAN NOT NULL,
    as_affected  BOOLEAN NOT NULL,
    PRIMARY KEY (action_id, actor_id)
);

CREATE INDEX action_actor_by_date ON action_actor (actor_id, occurred_on, action_id);

INSERT INTO action_country (action_id, country_code, occurred_on, as_actor, as_recipient, as_affected)
SELECT p.action_id, p.country_code, a.occurred_on,
       MAX(CASE WHEN p.role = 'ACTOR' THEN 1 ELSE 0 END) = 1,
       MAX(CASE WHEN p.role = 'RECIPIENT' THEN 1 ELSE 0 END) = 1,
       MAX(CASE WHEN p.role = 'AFFECTED' THEN 1 ELSE 0 END) = 1
FROM action_party p JOIN action a ON a.id = p.action_id
WHERE p.country_code IS NOT NULL
GROUP BY p.action_id, p.country_code, a.occurred_on;

INSERT INTO action_actor (action_id, actor_id, occurred_on, as_actor, as_recipient, as_affected)
SELECT p.action_id, p.actor_id, a.occurred_on,
       MAX(CASE WHEN p.role = 'ACTOR' THEN 1 ELSE 0 END) = 1,
       MAX(CASE WHEN p.role = 'RECIPIENT' THEN 1 ELSE 0 END) = 1,
       MAX(CASE WHEN p.role = 'AFFECTED' THEN 1 ELSE 0 END) = 1
FROM action_party p JOIN action a ON a.id = p.action_id
WHERE p.actor_id IS NOT NULL
GROUP BY p.action_id, p.actor_id, a.occurred_on;

-- Statements by date within a speaker already have an index (statement_speaker); subjects get the same.
CREATE INDEX statement_subject_statement ON statement_subject (statement_id);
