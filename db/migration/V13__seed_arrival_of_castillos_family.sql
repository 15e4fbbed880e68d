-- The seed, re-read sentence by sentence: one dated action was folded into another's details. Paredes and the
-- couple's children "arrived in Mexico on Wednesday morning" (2022-12-21) is its own event, the asylum Mexico had
-- offered taking effect. CAMEO has no code for an arrival; ICEWS codes a state receiving asylum seekers as 075
-- (Grant asylum) by that state, which is how it is coded here.
INSERT INTO action (source_id, event_code, root_code, plover_type, plover_mode, plover_context, negated,
                    summary, details, place, place_country,
                    occurred_on, occurred_precision, occurred_basis, occurred_wording, occurred_sentence_id,
                    reported_in_id, quad_class, goldstein, intensity)
SELECT (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), c.code, c.root_code, 'AID', NULL, 'asylum', FALSE,
       'Lilia Paredes and the couple''s two children arrived in Mexico, which had offered them asylum',
       'Coded as Mexico granting asylum: the article reports the arrival after Mexico''s offer of asylum and Peru''s safe passage.',
       NULL, 'MX',
       DATE '2022-12-21', 'DAY', 'STATED', 'on Wednesday morning',
       (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND content LIKE 'Peru had agreed to give safe passage%'),
       (SELECT id FROM statement WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND content = 'Peru had agreed to give safe passage to Paredes and the couple''s two children, who arrived in Mexico on Wednesday morning'),
       c.quad_class, c.goldstein, c.goldstein
FROM event_code c WHERE c.code = '075';

INSERT INTO action_party (action_id, role, ordinal, actor_id, country_code) VALUES
    ((SELECT id FROM action WHERE summary = 'Lilia Paredes and the couple''s two children arrived in Mexico, which had offered them asylum'), 'ACTOR', 1, (SELECT id FROM actor WHERE slug = 'government-of-mexico'), 'MX'),
    ((SELECT id FROM action WHERE summary = 'Lilia Paredes and the couple''s two children arrived in Mexico, which had offered them asylum'), 'RECIPIENT', 1, (SELECT id FROM actor WHERE slug = 'lilia-paredes'), 'PE'),
    ((SELECT id FROM action WHERE summary = 'Lilia Paredes and the couple''s two children arrived in Mexico, which had offered them asylum'), 'RECIPIENT', 2, (SELECT id FROM actor WHERE slug = 'castillo-children'), 'PE');

INSERT INTO action_evidence (action_id, ordinal, sentence_id) VALUES
    ((SELECT id FROM action WHERE summary = 'Lilia Paredes and the couple''s two children arrived in Mexico, which had offered them asylum'), 1,
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND content LIKE 'Peru had agreed to give safe passage%'));

-- The involvement copies (V6) of the new action, as ActionIndex keeps them for written ones.
INSERT INTO action_country (action_id, country_code, occurred_on, as_actor, as_recipient, as_affected)
SELECT p.action_id, p.country_code, a.occurred_on,
       MAX(CASE WHEN p.role = 'ACTOR' THEN 1 ELSE 0 END) = 1,
       MAX(CASE WHEN p.role = 'RECIPIENT' THEN 1 ELSE 0 END) = 1,
       MAX(CASE WHEN p.role = 'AFFECTED' THEN 1 ELSE 0 END) = 1
FROM action_party p JOIN action a ON a.id = p.action_id
WHERE p.country_code IS NOT NULL
  AND a.summary = 'Lilia Paredes and the couple''s two children arrived in Mexico, which had offered them asylum'
GROUP BY p.action_id, p.country_code, a.occurred_on;

INSERT INTO action_actor (action_id, actor_id, occurred_on, as_actor, as_recipient, as_affected)
SELECT p.action_id, p.actor_id, a.occurred_on,
       MAX(CASE WHEN p.role = 'ACTOR' THEN 1 ELSE 0 END) = 1,
       MAX(CASE WHEN p.role = 'RECIPIENT' THEN 1 ELSE 0 END) = 1,
       MAX(CASE WHEN p.role = 'AFFECTED' THEN 1 ELSE 0 END) = 1
FROM action_party p JOIN action a ON a.id = p.action_id
WHERE p.actor_id IS NOT NULL
  AND a.summary = 'Lilia Paredes and the couple''s two children arrived in Mexico, which had offered them asylum'
GROUP BY p.action_id, p.actor_id, a.occurred_on;
