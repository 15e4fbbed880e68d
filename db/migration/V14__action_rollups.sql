-- Roll-ups of the live actions, so that the aggregates analysts ask most (the series and counts of everything, of one
-- country, of a bilateral relation) read a few thousand rows at most, however many actions there are. Every write of
-- an action, of its parties, of an actor's country and every retraction updates them in its own transaction (Java:
-- action.ActionRollups); this migration builds them for the rows already there.
--
-- A scope names the set of actions a row totals:
--   'all'             every live action;
--   'country:XX'      the actions a party from country XX takes part in, in any role (the `countries: ["XX"]` filter);
--   'between:XX:YY'   the actions between two countries (XX < YY): a party of one acts, a party of the other receives
--                     or is affected (the `between` filter and the bilateral relation).
-- Cooperation and conflict counts leave negated actions out, as the raw aggregates do; intensity is already 0 for them.

-- Per scope and day, dated actions only: the intensity series and the first and last event of a relation.
CREATE TABLE action_day_totals (
    scope             VARCHAR(16)   NOT NULL,
    occurred_on       DATE          NOT NULL,
    action_count      INT           NOT NULL,
    cooperation_count INT           NOT NULL,
    conflict_count    INT           NOT NULL,
    total_intensity   NUMERIC(14,1) NOT NULL,
    PRIMARY KEY (scope, occurred_on)
);

-- Per scope and event code, dated or not: counts by code, root and quad class, and a relation's totals.
CREATE TABLE action_code_totals (
    scope             VARCHAR(16)   NOT NULL,
    event_code        VARCHAR(4)    NOT NULL REFERENCES event_code (code),
    action_count      INT           NOT NULL,
    cooperation_count INT           NOT NULL,
    conflict_count    INT           NOT NULL,
    total_intensity   NUMERIC(14,1) NOT NULL,
    PRIMARY KEY (scope, event_code)
);

-- The relation summary looks for envoy and ties decisions by their PLOVER coding: one index range instead of every
-- action between the two countries.
CREATE INDEX action_plover ON action (plover_type, plover_mode, occurred_on, id);

INSERT INTO action_day_totals
SELECT 'all', a.occurred_on, COUNT(*),
       SUM(CASE WHEN NOT a.negated AND a.quad_class <= 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT a.negated AND a.quad_class >= 3 THEN 1 ELSE 0 END),
       SUM(a.intensity)
FROM action a
WHERE a.retracted_at IS NULL AND a.occurred_on IS NOT NULL
GROUP BY a.occurred_on;

INSERT INTO action_day_totals
SELECT 'country:' || c.country_code, a.occurred_on, COUNT(*),
       SUM(CASE WHEN NOT a.negated AND a.quad_class <= 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT a.negated AND a.quad_class >= 3 THEN 1 ELSE 0 END),
       SUM(a.intensity)
FROM action a JOIN action_country c ON c.action_id = a.id
WHERE a.retracted_at IS NULL AND a.occurred_on IS NOT NULL
GROUP BY c.country_code, a.occurred_on;

INSERT INTO action_day_totals
SELECT 'between:' || one.country_code || ':' || other.country_code, a.occurred_on, COUNT(*),
       SUM(CASE WHEN NOT a.negated AND a.quad_class <= 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT a.negated AND a.quad_class >= 3 THEN 1 ELSE 0 END),
       SUM(a.intensity)
FROM action a
JOIN action_country one ON one.action_id = a.id
JOIN action_country other ON other.action_id = a.id AND other.country_code > one.country_code
WHERE a.retracted_at IS NULL AND a.occurred_on IS NOT NULL
  AND ((one.as_actor AND (other.as_recipient OR other.as_affected))
    OR (other.as_actor AND (one.as_recipient OR one.as_affected)))
GROUP BY one.country_code, other.country_code, a.occurred_on;

INSERT INTO action_code_totals
SELECT 'all', a.event_code, COUNT(*),
       SUM(CASE WHEN NOT a.negated AND a.quad_class <= 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT a.negated AND a.quad_class >= 3 THEN 1 ELSE 0 END),
       SUM(a.intensity)
FROM action a
WHERE a.retracted_at IS NULL
GROUP BY a.event_code;

INSERT INTO action_code_totals
SELECT 'country:' || c.country_code, a.event_code, COUNT(*),
       SUM(CASE WHEN NOT a.negated AND a.quad_class <= 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT a.negated AND a.quad_class >= 3 THEN 1 ELSE 0 END),
       SUM(a.intensity)
FROM action a JOIN action_country c ON c.action_id = a.id
WHERE a.retracted_at IS NULL
GROUP BY c.country_code, a.event_code;

INSERT INTO action_code_totals
SELECT 'between:' || one.country_code || ':' || other.country_code, a.event_code, COUNT(*),
       SUM(CASE WHEN NOT a.negated AND a.quad_class <= 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN NOT a.negated AND a.quad_class >= 3 THEN 1 ELSE 0 END),
       SUM(a.intensity)
FROM action a
JOIN action_country one ON one.action_id = a.id
JOIN action_country other ON other.action_id = a.id AND other.country_code > one.country_code
WHERE a.retracted_at IS NULL
  AND ((one.as_actor AND (other.as_recipient OR other.as_affected))
    OR (other.as_actor AND (one.as_recipient OR one.as_affected)))
GROUP BY one.country_code, other.country_code, a.event_code;
