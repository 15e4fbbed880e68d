-- Countries and actors the seed article names, each citing the sentence where the article first names it.
--
-- A country's aliases are the other ways the article names it. An actor's country is the one the article ties it to
-- (as CAMEO codes an actor's affiliation), not a statement of nationality. Actors the article counts without naming
-- ("the couple's two children", "the leftist leaders of Bolivia, Argentina and Colombia") stay unnamed: name is NULL
-- and the description quotes how the article refers to them. Role dates the article does not give stay unknown.

INSERT INTO country (code, alpha3, name) VALUES
    ('MX', 'MEX', 'Mexico'),
    ('PE', 'PER', 'Peru'),
    ('CL', 'CHL', 'Chile'),
    ('BO', 'BOL', 'Bolivia'),
    ('AR', 'ARG', 'Argentina'),
    ('CO', 'COL', 'Colombia');

INSERT INTO country_alias (country_code, alias, kind, sentence_id) VALUES
    ('MX', 'Mexican', 'DEMONYM', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 4)),
    ('MX', 'the North American nation', 'EPITHET', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 3)),
    ('MX', 'Mexico City', 'CAPITAL', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 1)),
    ('PE', 'the Andean country', 'EPITHET', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 3)),
    ('PE', 'Lima', 'CAPITAL', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 4)),
    ('CL', 'Chilean', 'DEMONYM', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 1));

INSERT INTO actor (slug, kind, name, description, sort_name, country_code, member_count, first_sentence_id) VALUES
    ('andres-manuel-lopez-obrador', 'PERSON', 'Andres Manuel Lopez Obrador', 'Mexico''s President', 'andresmanuellopezobrador', 'MX', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 1)),
    ('gabriel-boric', 'PERSON', 'Gabriel Boric', 'Chilean President', 'gabrielboric', 'CL', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 1)),
    ('pedro-castillo', 'PERSON', 'Pedro Castillo', 'the ousted president of Peru', 'pedrocastillo', 'PE', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 3)),
    ('government-of-mexico', 'GOVERNMENT', 'Government of Mexico', 'the Mexican state as the article has it act: "Mexico", "Mexico City", "the North American nation"', 'governmentofmexico', 'MX', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 3)),
    ('government-of-peru', 'GOVERNMENT', 'Government of Peru', '"the government in Lima"', 'governmentofperu', 'PE', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 4)),
    ('pablo-monroy', 'PERSON', 'Pablo Monroy', 'Mexico''s ambassador to Peru', 'pablomonroy', 'MX', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 4)),
    ('castillo-family', 'GROUP', NULL, 'Castillo''s family, offered asylum by Mexico', 'castillosfamilyofferedasylumbymexico', 'PE', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 6)),
    ('lilia-paredes', 'PERSON', 'Lilia Paredes', 'Castillo''s wife', 'liliaparedes', 'PE', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 7)),
    ('mexican-foreign-ministry', 'MINISTRY', 'Mexican foreign ministry', 'the Mexican foreign ministry', 'mexicanforeignministry', 'MX', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 8)),
    ('mexicans-in-peru', 'GROUP', NULL, 'the Mexicans who live in Peru', 'themexicanswholiveinperu', 'MX', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 9)),
    ('reporters', 'GROUP', NULL, 'the reporters Lopez Obrador spoke to', 'thereporterslopezobradorspoketo', NULL, NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 9)),
    ('marcelo-ebrard', 'PERSON', 'Marcelo Ebrard', 'Mexican Foreign Minister', 'marceloebrard', 'MX', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 11)),
    ('mexican-mission-in-lima', 'DIPLOMATIC_MISSION', 'Mexican mission in Lima', '"the mission in Lima", which continues to operate as normal', 'mexicanmissioninlima', 'MX', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 12)),
    ('castillo-children', 'GROUP', NULL, 'Castillo''s two children ("the couple''s two children")', 'castillostwochildrenthecouplestwochildren', 'PE', 2, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 13)),
    ('leftist-leader-of-bolivia', 'PERSON', NULL, 'the leftist leader of Bolivia, a supporter of Castillo', 'theleftistleaderofboliviaasupporterofcastillo', 'BO', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16)),
    ('leftist-leader-of-argentina', 'PERSON', NULL, 'the leftist leader of Argentina, a supporter of Castillo', 'theleftistleaderofargentinaasupporterofcastillo', 'AR', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16)),
    ('leftist-leader-of-colombia', 'PERSON', NULL, 'the leftist leader of Colombia, a supporter of Castillo', 'theleftistleaderofcolombiaasupporterofcastillo', 'CO', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16)),
    ('congress-of-peru', 'LEGISLATURE', 'Congress of Peru', '"Congress", which Castillo sought to dissolve', 'congressofperu', 'PE', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 17)),
    ('demonstrators-against-castillos-ouster', 'GROUP', NULL, 'those demonstrating against Castillo''s ouster', 'thosedemonstratingagainstcastillosouster', 'PE', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 20)),
    ('officials', 'GROUP', NULL, '"Officials", unnamed, who give the toll of the clashes', 'officialsunnamedwhogivethetolloftheclashes', NULL, NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 21)),
    ('political-class-of-peru', 'GROUP', NULL, '"the so-called political class -- the groups with economic and political power", as Lopez Obrador calls them', 'thesocalledpoliticalclassthegroupswitheconomicandpoliticalpoweraslopezobradorcallsthem', 'PE', NULL, (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 22));

INSERT INTO actor_alias (actor_id, alias, sentence_id) VALUES
    ((SELECT id FROM actor WHERE slug = 'andres-manuel-lopez-obrador'), 'Lopez Obrador', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 1)),
    ((SELECT id FROM actor WHERE slug = 'andres-manuel-lopez-obrador'), 'the president', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 9)),
    ((SELECT id FROM actor WHERE slug = 'pedro-castillo'), 'Castillo', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 3)),
    ((SELECT id FROM actor WHERE slug = 'lilia-paredes'), 'Paredes', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 7)),
    ((SELECT id FROM actor WHERE slug = 'pablo-monroy'), 'Monroy', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 5)),
    ((SELECT id FROM actor WHERE slug = 'pablo-monroy'), 'the envoy', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 5)),
    ((SELECT id FROM actor WHERE slug = 'pablo-monroy'), 'the Mexican ambassador', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 4)),
    ((SELECT id FROM actor WHERE slug = 'government-of-mexico'), 'Mexico City', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 12)),
    ((SELECT id FROM actor WHERE slug = 'government-of-peru'), 'Lima', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 4)),
    ((SELECT id FROM actor WHERE slug = 'government-of-peru'), 'Peru', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 11)),
    ((SELECT id FROM actor WHERE slug = 'congress-of-peru'), 'Congress', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 17));

INSERT INTO actor_role (actor_id, title, organization_id, country_code, accredited_to,
                        started_on, started_precision, started_basis, started_wording, started_sentence_id,
                        ended_on, ended_precision, ended_basis, ended_wording, ended_sentence_id, sentence_id) VALUES
    ((SELECT id FROM actor WHERE slug = 'andres-manuel-lopez-obrador'), 'President of Mexico', (SELECT id FROM actor WHERE slug = 'government-of-mexico'), 'MX', NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 1)),
    ((SELECT id FROM actor WHERE slug = 'gabriel-boric'), 'President of Chile', NULL, 'CL', NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 1)),
    ((SELECT id FROM actor WHERE slug = 'pedro-castillo'), 'President of Peru', (SELECT id FROM actor WHERE slug = 'government-of-peru'), 'PE', NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     DATE '2022-12-07', 'DAY', 'STATED', 'impeached and arrested on December 7', (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 17),
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 3)),
    ((SELECT id FROM actor WHERE slug = 'pablo-monroy'), 'Ambassador of Mexico to Peru', (SELECT id FROM actor WHERE slug = 'government-of-mexico'), 'MX', 'PE',
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 5)),
    ((SELECT id FROM actor WHERE slug = 'marcelo-ebrard'), 'Foreign Minister of Mexico', (SELECT id FROM actor WHERE slug = 'mexican-foreign-ministry'), 'MX', NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 11)),
    ((SELECT id FROM actor WHERE slug = 'leftist-leader-of-bolivia'), 'Leader of Bolivia', NULL, 'BO', NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16)),
    ((SELECT id FROM actor WHERE slug = 'leftist-leader-of-argentina'), 'Leader of Argentina', NULL, 'AR', NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16)),
    ((SELECT id FROM actor WHERE slug = 'leftist-leader-of-colombia'), 'Leader of Colombia', NULL, 'CO', NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     NULL, 'UNKNOWN', 'UNKNOWN', NULL, NULL,
     (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16));

INSERT INTO actor_tie (actor_id, kind, related_actor_id, sentence_id) VALUES
    ((SELECT id FROM actor WHERE slug = 'lilia-paredes'), 'SPOUSE_OF', (SELECT id FROM actor WHERE slug = 'pedro-castillo'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 7)),
    ((SELECT id FROM actor WHERE slug = 'castillo-children'), 'CHILD_OF', (SELECT id FROM actor WHERE slug = 'pedro-castillo'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 13)),
    ((SELECT id FROM actor WHERE slug = 'castillo-children'), 'CHILD_OF', (SELECT id FROM actor WHERE slug = 'lilia-paredes'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 13)),
    ((SELECT id FROM actor WHERE slug = 'lilia-paredes'), 'MEMBER_OF', (SELECT id FROM actor WHERE slug = 'castillo-family'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 7)),
    ((SELECT id FROM actor WHERE slug = 'castillo-children'), 'MEMBER_OF', (SELECT id FROM actor WHERE slug = 'castillo-family'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 13)),
    ((SELECT id FROM actor WHERE slug = 'pablo-monroy'), 'REPRESENTS', (SELECT id FROM actor WHERE slug = 'government-of-mexico'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 4)),
    ((SELECT id FROM actor WHERE slug = 'pablo-monroy'), 'ACCREDITED_TO', (SELECT id FROM actor WHERE slug = 'government-of-peru'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 4)),
    ((SELECT id FROM actor WHERE slug = 'mexican-foreign-ministry'), 'PART_OF', (SELECT id FROM actor WHERE slug = 'government-of-mexico'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 8)),
    ((SELECT id FROM actor WHERE slug = 'mexican-mission-in-lima'), 'PART_OF', (SELECT id FROM actor WHERE slug = 'government-of-mexico'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 12)),
    ((SELECT id FROM actor WHERE slug = 'andres-manuel-lopez-obrador'), 'SUPPORTS', (SELECT id FROM actor WHERE slug = 'pedro-castillo'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16)),
    ((SELECT id FROM actor WHERE slug = 'government-of-mexico'), 'SUPPORTS', (SELECT id FROM actor WHERE slug = 'pedro-castillo'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 3)),
    ((SELECT id FROM actor WHERE slug = 'leftist-leader-of-bolivia'), 'SUPPORTS', (SELECT id FROM actor WHERE slug = 'pedro-castillo'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16)),
    ((SELECT id FROM actor WHERE slug = 'leftist-leader-of-argentina'), 'SUPPORTS', (SELECT id FROM actor WHERE slug = 'pedro-castillo'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16)),
    ((SELECT id FROM actor WHERE slug = 'leftist-leader-of-colombia'), 'SUPPORTS', (SELECT id FROM actor WHERE slug = 'pedro-castillo'), (SELECT id FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21') AND ordinal = 16));
