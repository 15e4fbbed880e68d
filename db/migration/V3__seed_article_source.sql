-- The seed source: the news article Diplograph starts from, kept verbatim, and its sentences with character offsets
-- (zero-based UTF-16 offsets into the body, end exclusive, as JavaScript's String.slice takes them) so that every fact
-- can cite the sentence it comes from.
--
-- What the text supports about the article itself: its dateline (Mexico City) and the photo credit under its caption
-- (REUTERS/Henry Romero/File Photo). It names no outlet and prints no headline, so the outlet is unknown and the
-- headline is Diplograph's own (headline_origin = 'EDITORIAL'). Nor does it print a publication date: it reports
-- Wednesday's decisions as the day's news and Tuesday's as the day before, and Peru's expulsion of the Mexican
-- ambassador was on Tuesday 2022-12-20, so publication is taken as Wednesday 2022-12-21 (published_basis 'INFERRED').
-- Relative dates in the facts ("on Tuesday", "on Wednesday") are resolved against that day.

INSERT INTO source (slug, headline, headline_origin, outlet, photo_credit, dateline, url, language,
                    published_on, published_precision, published_basis, published_wording, body)
VALUES ('mexico-peru-2022-12-21',
        'Mexico rules out breaking ties with Peru after Lima expels its ambassador',
        'EDITORIAL', NULL, 'REUTERS/Henry Romero/File Photo', 'Mexico City', NULL, 'en',
        DATE '2022-12-21', 'DAY', 'INFERRED',
        'not printed; the article reports Wednesday''s decisions as the day''s news',
        'Mexico''s President Andres Manuel Lopez Obrador looks on during Chilean President Gabriel Boric''s official visit to Mexico at the National Palace, in Mexico City, Mexico, November 23, 2022. REUTERS/Henry Romero/File Photo
Mexico City: Mexico on Wednesday ruled out cutting diplomatic ties with Peru despite the Andean country expelling its ambassador amid diplomatic tensions over the ousting of president Pedro Castillo, who is backed by the North American nation.
The government in Lima, which felt slighted by Mexican President Andres Manuel Lopez Obrador''s support for fellow leftist Castillo, on Tuesday declared the Mexican ambassador persona non grata.
It gave the envoy, Pablo Monroy, 72 hours to leave the country.
Mexico had offered asylum to Castillo''s family. Castillo and his wife Lilia Paredes face multiple accusations of corruption.
On Wednesday, Lopez Obrador said the Mexican foreign ministry "has decided not to break relations" with Peru.
This was to "give protection to the Mexicans who live in Peru," the president told reporters.
"We will not expel anyone," he added.
Mexican Foreign Minister Marcelo Ebrard on Tuesday called Peru''s decision "unfounded and reprehensible."
Mexico City said it was recalling Monroy, "in order to ensure his safety" even as the mission in Lima continues to operate as normal.
Peru had agreed to give safe passage to Paredes and the couple''s two children, who arrived in Mexico on Wednesday morning, said Lopez Obrador.
"We will always defend the right to asylum," the president said. "It is part of our foreign policy."
Lopez Obrador has been one of Castillo''s most fervent foreign supporters, along with the fellow leftist leaders of Bolivia, Argentina and Colombia.
Embattled Castillo was impeached and arrested on December 7 after seeking to dissolve Congress to rule by decree.
Castillo''s short tenure was plagued by instability as he fought rabid political opposition and investigations into numerous graft claims.
Castillo is the subject of six separate criminal probes.
Lopez Obrador insisted Wednesday that Castillo was the legitimately elected president of Peru, and accused Lima of repressing demonstrations against his ouster.
Officials say 21 people have died in clashes, and hundreds, including police officers, have been injured.
Lopez Obrador also accused "the so-called political class -- the groups with economic and political power" of fomenting the crisis in Peru "for their personal ambitions and their economic interests."');

INSERT INTO sentence (source_id, ordinal, start_offset, end_offset, content) VALUES
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 1, 0, 188, 'Mexico''s President Andres Manuel Lopez Obrador looks on during Chilean President Gabriel Boric''s official visit to Mexico at the National Palace, in Mexico City, Mexico, November 23, 2022.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 2, 189, 220, 'REUTERS/Henry Romero/File Photo'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 3, 221, 464, 'Mexico City: Mexico on Wednesday ruled out cutting diplomatic ties with Peru despite the Andean country expelling its ambassador amid diplomatic tensions over the ousting of president Pedro Castillo, who is backed by the North American nation.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 4, 465, 658, 'The government in Lima, which felt slighted by Mexican President Andres Manuel Lopez Obrador''s support for fellow leftist Castillo, on Tuesday declared the Mexican ambassador persona non grata.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 5, 659, 722, 'It gave the envoy, Pablo Monroy, 72 hours to leave the country.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 6, 723, 770, 'Mexico had offered asylum to Castillo''s family.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 7, 771, 847, 'Castillo and his wife Lilia Paredes face multiple accusations of corruption.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 8, 848, 957, 'On Wednesday, Lopez Obrador said the Mexican foreign ministry "has decided not to break relations" with Peru.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 9, 958, 1051, 'This was to "give protection to the Mexicans who live in Peru," the president told reporters.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 10, 1052, 1089, '"We will not expel anyone," he added.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 11, 1090, 1194, 'Mexican Foreign Minister Marcelo Ebrard on Tuesday called Peru''s decision "unfounded and reprehensible."'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 12, 1195, 1328, 'Mexico City said it was recalling Monroy, "in order to ensure his safety" even as the mission in Lima continues to operate as normal.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 13, 1329, 1471, 'Peru had agreed to give safe passage to Paredes and the couple''s two children, who arrived in Mexico on Wednesday morning, said Lopez Obrador.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 14, 1472, 1536, '"We will always defend the right to asylum," the president said.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 15, 1537, 1572, '"It is part of our foreign policy."'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 16, 1573, 1720, 'Lopez Obrador has been one of Castillo''s most fervent foreign supporters, along with the fellow leftist leaders of Bolivia, Argentina and Colombia.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 17, 1721, 1834, 'Embattled Castillo was impeached and arrested on December 7 after seeking to dissolve Congress to rule by decree.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 18, 1835, 1972, 'Castillo''s short tenure was plagued by instability as he fought rabid political opposition and investigations into numerous graft claims.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 19, 1973, 2029, 'Castillo is the subject of six separate criminal probes.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 20, 2030, 2190, 'Lopez Obrador insisted Wednesday that Castillo was the legitimately elected president of Peru, and accused Lima of repressing demonstrations against his ouster.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 21, 2191, 2296, 'Officials say 21 people have died in clashes, and hundreds, including police officers, have been injured.'),
    ((SELECT id FROM source WHERE slug = 'mexico-peru-2022-12-21'), 22, 2297, 2496, 'Lopez Obrador also accused "the so-called political class -- the groups with economic and political power" of fomenting the crisis in Peru "for their personal ambitions and their economic interests."');
