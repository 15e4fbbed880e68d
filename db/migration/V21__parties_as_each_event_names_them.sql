-- A GDELT actor code of roles alone (GOV, CRM, COP, BUS...) names nobody: "a government", "criminals". Until now each
-- such code was one actor shared by every event coded with it, named after the first row seen, so that one
-- "PRESIDENT" stood for several countries' presidents and one "KIDNAPPER" for every criminal. Such a party is now
-- unidentified: no actor and no country, its CAMEO role code and the name the event gives it (dataset.EventRows).
-- Every imported party also keeps the name its event gives it (GDELT's Actor1Name, ICEWS's Source Name), so that an
-- actor identified by its code (MEXGOV, the government of Mexico) is no longer named after one of its rows.
ALTER TABLE action_party ADD COLUMN name_in_source VARCHAR(300);
ALTER TABLE action_party ADD COLUMN cameo_role VARCHAR(30);
ALTER TABLE action_party DROP CONSTRAINT action_party_is_someone;
ALTER TABLE action_party ADD CONSTRAINT action_party_is_someone
    CHECK (actor_id IS NOT NULL OR country_code IS NOT NULL OR cameo_role IS NOT NULL);

-- The actors earlier imports made of role-only codes: their parties become unidentified, their involvement rows go
-- (they counted no country), and the actors are retracted, since they stand for nobody.
CREATE TABLE role_only_actor AS
SELECT i.actor_id, i.external_id AS code FROM actor_identifier i
WHERE i.scheme = 'CAMEO' AND i.external_id IN ('COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY',
    'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI', 'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD',
    'RAD', 'PKO', 'UIS', 'IGO', 'IMG', 'INT', 'MNC', 'NGM', 'NGO', 'SET');
UPDATE action_party SET cameo_role = (SELECT r.code FROM role_only_actor r WHERE r.actor_id = action_party.actor_id),
    actor_id = NULL
WHERE actor_id IN (SELECT actor_id FROM role_only_actor);
DELETE FROM action_actor WHERE actor_id IN (SELECT actor_id FROM role_only_actor);
UPDATE actor SET retracted_at = CURRENT_TIMESTAMP, retracted_by = 'migration',
    retraction_reason = 'A CAMEO role code of no country names nobody: its events now show unidentified parties (V21).'
WHERE id IN (SELECT actor_id FROM role_only_actor) AND retracted_at IS NULL;
DROP TABLE role_only_actor;

-- A country's government that an earlier import named after one of its rows ("ANDRES MANUEL LOPEZ OBRADOR" for
-- MEXGOV) takes the name its code gives it; the sort name drops what ActorRepository.sortName drops from the
-- country names the table holds (spaces, '.', '&', '-', apostrophes, commas).
UPDATE actor SET name = (SELECT 'Government of ' || c.name FROM country c WHERE c.code = actor.country_code),
    sort_name = (SELECT LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE('Government of ' || c.name,
        ' ', ''), '.', ''), '&', ''), '-', ''), '''', ''), '’', ''), ',', ''))
        FROM country c WHERE c.code = actor.country_code)
WHERE kind = 'GOVERNMENT' AND country_code IS NOT NULL AND slug LIKE 'cameo-%'
  AND EXISTS (SELECT 1 FROM actor_identifier i JOIN country c ON c.code = actor.country_code
              WHERE i.actor_id = actor.id AND i.scheme = 'CAMEO' AND i.external_id = c.alpha3 || 'GOV');
