-- Event data sets in: GDELT 2.0, ICEWS and POLECAT rows imported by `diplograph import` (dataset.ImportCommand).
-- These files hold no article text, so an imported action cites no source and no sentence: it cites its data set,
-- its event id there, the file and line it came from and the locator the data set gives (URL, or story id, sentence
-- number and publisher). Nothing is written into the columns that hold text of a source.

-- Countries: the whole ISO 3166-1 list, so that any event of the data sets finds its countries. Names are the CLDR
-- display names of datasets/country-codes (commit caa72d1, ODC-PDDL), as in src/main/resources/reference, except
-- that the two CLDR abbreviates (US, UK) are written out.
INSERT INTO country (code, alpha3, name) VALUES
    ('AD', 'AND', 'Andorra'),
    ('AE', 'ARE', 'United Arab Emirates'),
    ('AF', 'AFG', 'Afghanistan'),
    ('AG', 'ATG', 'Antigua & Barbuda'),
    ('AI', 'AIA', 'Anguilla'),
    ('AL', 'ALB', 'Albania'),
    ('AM', 'ARM', 'Armenia'),
    ('AO', 'AGO', 'Angola'),
    ('AQ', 'ATA', 'Antarctica'),
    ('AS', 'ASM', 'American Samoa'),
    ('AT', 'AUT', 'Austria'),
    ('AU', 'AUS', 'Australia'),
    ('AW', 'ABW', 'Aruba'),
    ('AX', 'ALA', 'Åland Islands'),
    ('AZ', 'AZE', 'Azerbaijan'),
    ('BA', 'BIH', 'Bosnia'),
    ('BB', 'BRB', 'Barbados'),
    ('BD', 'BGD', 'Bangladesh'),
    ('BE', 'BEL', 'Belgium'),
    ('BF', 'BFA', 'Burkina Faso'),
    ('BG', 'BGR', 'Bulgaria'),
    ('BH', 'BHR', 'Bahrain'),
    ('BI', 'BDI', 'Burundi'),
    ('BJ', 'BEN', 'Benin'),
    ('BL', 'BLM', 'St. Barthélemy'),
    ('BM', 'BMU', 'Bermuda'),
    ('BN', 'BRN', 'Brunei'),
    ('BQ', 'BES', 'Caribbean Netherlands'),
    ('BR', 'BRA', 'Brazil'),
    ('BS', 'BHS', 'Bahamas'),
    ('BT', 'BTN', 'Bhutan'),
    ('BV', 'BVT', 'Bouvet Island'),
    ('BW', 'BWA', 'Botswana'),
    ('BY', 'BLR', 'Belarus'),
    ('BZ', 'BLZ', 'Belize'),
    ('CA', 'CAN', 'Canada'),
    ('CC', 'CCK', 'Cocos Islands'),
    ('CD', 'COD', 'Congo - Kinshasa'),
    ('CF', 'CAF', 'Central African Republic'),
    ('CG', 'COG', 'Congo - Brazzaville'),
    ('CH', 'CHE', 'Switzerland'),
    ('CI', 'CIV', 'Côte d’Ivoire'),
    ('CK', 'COK', 'Cook Islands'),
    ('CM', 'CMR', 'Cameroon'),
    ('CN', 'CHN', 'China'),
    ('CR', 'CRI', 'Costa Rica'),
    ('CU', 'CUB', 'Cuba'),
    ('CV', 'CPV', 'Cape Verde'),
    ('CW', 'CUW', 'Curaçao'),
    ('CX', 'CXR', 'Christmas Island'),
    ('CY', 'CYP', 'Cyprus'),
    ('CZ', 'CZE', 'Czechia'),
    ('DE', 'DEU', 'Germany'),
    ('DJ', 'DJI', 'Djibouti'),
    ('DK', 'DNK', 'Denmark'),
    ('DM', 'DMA', 'Dominica'),
    ('DO', 'DOM', 'Dominican Republic'),
    ('DZ', 'DZA', 'Algeria'),
    ('EC', 'ECU', 'Ecuador'),
    ('EE', 'EST', 'Estonia'),
    ('EG', 'EGY', 'Egypt'),
    ('EH', 'ESH', 'Western Sahara'),
    ('ER', 'ERI', 'Eritrea'),
    ('ES', 'ESP', 'Spain'),
    ('ET', 'ETH', 'Ethiopia'),
    ('FI', 'FIN', 'Finland'),
    ('FJ', 'FJI', 'Fiji'),
    ('FK', 'FLK', 'Falkland Islands'),
    ('FM', 'FSM', 'Micronesia'),
    ('FO', 'FRO', 'Faroe Islands'),
    ('FR', 'FRA', 'France'),
    ('GA', 'GAB', 'Gabon'),
    ('GB', 'GBR', 'United Kingdom'),
    ('GD', 'GRD', 'Grenada'),
    ('GE', 'GEO', 'Georgia'),
    ('GF', 'GUF', 'French Guiana'),
    ('GG', 'GGY', 'Guernsey'),
    ('GH', 'GHA', 'Ghana'),
    ('GI', 'GIB', 'Gibraltar'),
    ('GL', 'GRL', 'Greenland'),
    ('GM', 'GMB', 'Gambia'),
    ('GN', 'GIN', 'Guinea'),
    ('GP', 'GLP', 'Guadeloupe'),
    ('GQ', 'GNQ', 'Equatorial Guinea'),
    ('GR', 'GRC', 'Greece'),
    ('GS', 'SGS', 'South Georgia & South Sandwich Islands'),
    ('GT', 'GTM', 'Guatemala'),
    ('GU', 'GUM', 'Guam'),
    ('GW', 'GNB', 'Guinea-Bissau'),
    ('GY', 'GUY', 'Guyana'),
    ('HK', 'HKG', 'Hong Kong'),
    ('HM', 'HMD', 'Heard & McDonald Islands'),
    ('HN', 'HND', 'Honduras'),
    ('HR', 'HRV', 'Croatia'),
    ('HT', 'HTI', 'Haiti'),
    ('HU', 'HUN', 'Hungary'),
    ('ID', 'IDN', 'Indonesia'),
    ('IE', 'IRL', 'Ireland'),
    ('IL', 'ISR', 'Israel'),
    ('IM', 'IMN', 'Isle of Man'),
    ('IN', 'IND', 'India'),
    ('IO', 'IOT', 'British Indian Ocean Territory'),
    ('IQ', 'IRQ', 'Iraq'),
    ('IR', 'IRN', 'Iran'),
    ('IS', 'ISL', 'Iceland'),
    ('IT', 'ITA', 'Italy'),
    ('JE', 'JEY', 'Jersey'),
    ('JM', 'JAM', 'Jamaica'),
    ('JO', 'JOR', 'Jordan'),
    ('JP', 'JPN', 'Japan'),
    ('KE', 'KEN', 'Kenya'),
    ('KG', 'KGZ', 'Kyrgyzstan'),
    ('KH', 'KHM', 'Cambodia'),
    ('KI', 'KIR', 'Kiribati'),
    ('KM', 'COM', 'Comoros'),
    ('KN', 'KNA', 'St. Kitts & Nevis'),
    ('KP', 'PRK', 'North Korea'),
    ('KR', 'KOR', 'South Korea'),
    ('KW', 'KWT', 'Kuwait'),
    ('KY', 'CYM', 'Cayman Islands'),
    ('KZ', 'KAZ', 'Kazakhstan'),
    ('LA', 'LAO', 'Laos'),
    ('LB', 'LBN', 'Lebanon'),
    ('LC', 'LCA', 'St. Lucia'),
    ('LI', 'LIE', 'Liechtenstein'),
    ('LK', 'LKA', 'Sri Lanka'),
    ('LR', 'LBR', 'Liberia'),
    ('LS', 'LSO', 'Lesotho'),
    ('LT', 'LTU', 'Lithuania'),
    ('LU', 'LUX', 'Luxembourg'),
    ('LV', 'LVA', 'Latvia'),
    ('LY', 'LBY', 'Libya'),
    ('MA', 'MAR', 'Morocco'),
    ('MC', 'MCO', 'Monaco'),
    ('MD', 'MDA', 'Moldova'),
    ('ME', 'MNE', 'Montenegro'),
    ('MF', 'MAF', 'St. Martin'),
    ('MG', 'MDG', 'Madagascar'),
    ('MH', 'MHL', 'Marshall Islands'),
    ('MK', 'MKD', 'North Macedonia'),
    ('ML', 'MLI', 'Mali'),
    ('MM', 'MMR', 'Myanmar'),
    ('MN', 'MNG', 'Mongolia'),
    ('MO', 'MAC', 'Macao'),
    ('MP', 'MNP', 'Northern Mariana Islands'),
    ('MQ', 'MTQ', 'Martinique'),
    ('MR', 'MRT', 'Mauritania'),
    ('MS', 'MSR', 'Montserrat'),
    ('MT', 'MLT', 'Malta'),
    ('MU', 'MUS', 'Mauritius'),
    ('MV', 'MDV', 'Maldives'),
    ('MW', 'MWI', 'Malawi'),
    ('MY', 'MYS', 'Malaysia'),
    ('MZ', 'MOZ', 'Mozambique'),
    ('NA', 'NAM', 'Namibia'),
    ('NC', 'NCL', 'New Caledonia'),
    ('NE', 'NER', 'Niger'),
    ('NF', 'NFK', 'Norfolk Island'),
    ('NG', 'NGA', 'Nigeria'),
    ('NI', 'NIC', 'Nicaragua'),
    ('NL', 'NLD', 'Netherlands'),
    ('NO', 'NOR', 'Norway'),
    ('NP', 'NPL', 'Nepal'),
    ('NR', 'NRU', 'Nauru'),
    ('NU', 'NIU', 'Niue'),
    ('NZ', 'NZL', 'New Zealand'),
    ('OM', 'OMN', 'Oman'),
    ('PA', 'PAN', 'Panama'),
    ('PF', 'PYF', 'French Polynesia'),
    ('PG', 'PNG', 'Papua New Guinea'),
    ('PH', 'PHL', 'Philippines'),
    ('PK', 'PAK', 'Pakistan'),
    ('PL', 'POL', 'Poland'),
    ('PM', 'SPM', 'St. Pierre & Miquelon'),
    ('PN', 'PCN', 'Pitcairn'),
    ('PR', 'PRI', 'Puerto Rico'),
    ('PS', 'PSE', 'Palestine'),
    ('PT', 'PRT', 'Portugal'),
    ('PW', 'PLW', 'Palau'),
    ('PY', 'PRY', 'Paraguay'),
    ('QA', 'QAT', 'Qatar'),
    ('RE', 'REU', 'Réunion'),
    ('RO', 'ROU', 'Romania'),
    ('RS', 'SRB', 'Serbia'),
    ('RU', 'RUS', 'Russia'),
    ('RW', 'RWA', 'Rwanda'),
    ('SA', 'SAU', 'Saudi Arabia'),
    ('SB', 'SLB', 'Solomon Islands'),
    ('SC', 'SYC', 'Seychelles'),
    ('SD', 'SDN', 'Sudan'),
    ('SE', 'SWE', 'Sweden'),
    ('SG', 'SGP', 'Singapore'),
    ('SH', 'SHN', 'St. Helena'),
    ('SI', 'SVN', 'Slovenia'),
    ('SJ', 'SJM', 'Svalbard & Jan Mayen'),
    ('SK', 'SVK', 'Slovakia'),
    ('SL', 'SLE', 'Sierra Leone'),
    ('SM', 'SMR', 'San Marino'),
    ('SN', 'SEN', 'Senegal'),
    ('SO', 'SOM', 'Somalia'),
    ('SR', 'SUR', 'Suriname'),
    ('SS', 'SSD', 'South Sudan'),
    ('ST', 'STP', 'São Tomé & Príncipe'),
    ('SV', 'SLV', 'El Salvador'),
    ('SX', 'SXM', 'Sint Maarten'),
    ('SY', 'SYR', 'Syria'),
    ('SZ', 'SWZ', 'Eswatini'),
    ('TC', 'TCA', 'Turks & Caicos Islands'),
    ('TD', 'TCD', 'Chad'),
    ('TF', 'ATF', 'French Southern Territories'),
    ('TG', 'TGO', 'Togo'),
    ('TH', 'THA', 'Thailand'),
    ('TJ', 'TJK', 'Tajikistan'),
    ('TK', 'TKL', 'Tokelau'),
    ('TL', 'TLS', 'Timor-Leste'),
    ('TM', 'TKM', 'Turkmenistan'),
    ('TN', 'TUN', 'Tunisia'),
    ('TO', 'TON', 'Tonga'),
    ('TR', 'TUR', 'Türkiye'),
    ('TT', 'TTO', 'Trinidad & Tobago'),
    ('TV', 'TUV', 'Tuvalu'),
    ('TW', 'TWN', 'Taiwan'),
    ('TZ', 'TZA', 'Tanzania'),
    ('UA', 'UKR', 'Ukraine'),
    ('UG', 'UGA', 'Uganda'),
    ('UM', 'UMI', 'U.S. Outlying Islands'),
    ('US', 'USA', 'United States'),
    ('UY', 'URY', 'Uruguay'),
    ('UZ', 'UZB', 'Uzbekistan'),
    ('VA', 'VAT', 'Vatican City'),
    ('VC', 'VCT', 'St. Vincent & Grenadines'),
    ('VE', 'VEN', 'Venezuela'),
    ('VG', 'VGB', 'British Virgin Islands'),
    ('VI', 'VIR', 'U.S. Virgin Islands'),
    ('VN', 'VNM', 'Vietnam'),
    ('VU', 'VUT', 'Vanuatu'),
    ('WF', 'WLF', 'Wallis & Futuna'),
    ('WS', 'WSM', 'Samoa'),
    ('YE', 'YEM', 'Yemen'),
    ('YT', 'MYT', 'Mayotte'),
    ('ZA', 'ZAF', 'South Africa'),
    ('ZM', 'ZMB', 'Zambia'),
    ('ZW', 'ZWE', 'Zimbabwe');

-- Where an action comes from: a source's text (every fact recorded before this migration, and the API's mutations),
-- or one of the data sets. Only the former cites a source.
ALTER TABLE action ALTER COLUMN source_id DROP NOT NULL;
ALTER TABLE action ADD COLUMN dataset VARCHAR(10) DEFAULT 'SOURCE' NOT NULL;
ALTER TABLE action ADD CONSTRAINT action_dataset_known CHECK (dataset IN ('SOURCE', 'GDELT', 'ICEWS', 'POLECAT'));
ALTER TABLE action ADD CONSTRAINT action_cites_source_text CHECK ((dataset = 'SOURCE') = (source_id IS NOT NULL));
CREATE INDEX action_dataset ON action (dataset, occurred_on, id);

-- An actor first met in a data set was not first mentioned in a sentence.
ALTER TABLE actor ALTER COLUMN first_sentence_id DROP NOT NULL;
-- The data set's sectors for the actor (ICEWS "Source Sectors", POLECAT "Actor Sectors"), comma-separated.
ALTER TABLE actor ADD COLUMN sectors VARCHAR(1000);

-- How the data sets name an actor, so that every row naming it finds the same one:
--   CAMEO     a CAMEO actor code ("MEXGOV" is Mexico's government; a plain country code is the country itself and
--             needs no actor);
--   WIKIDATA  a Wikidata id, as POLECAT gives it;
--   NAME      a name within a country ("andresmanuellopezobrador|MX", letters and digits lower-cased), for ICEWS and
--             POLECAT actors without a Wikidata id.
CREATE TABLE actor_identifier (
    scheme      VARCHAR(10)  NOT NULL CHECK (scheme IN ('CAMEO', 'WIKIDATA', 'NAME')),
    external_id VARCHAR(400) NOT NULL,
    actor_id    BIGINT       NOT NULL REFERENCES actor (id),
    PRIMARY KEY (scheme, external_id)
);
CREATE INDEX actor_identifier_actor ON actor_identifier (actor_id);

INSERT INTO actor_identifier (scheme, external_id, actor_id) VALUES
    ('CAMEO', 'MEXGOV', (SELECT id FROM actor WHERE slug = 'government-of-mexico')),
    ('CAMEO', 'PERGOV', (SELECT id FROM actor WHERE slug = 'government-of-peru'));

-- PLOVER types have no CAMEO code; POLECAT events are filed under the CAMEO root category the type corresponds to
-- (the correspondence PLOVER's codebook draws), and keep their own coding in action_record.coded_as.
ALTER TABLE plover_type ADD COLUMN cameo_root VARCHAR(2);
UPDATE plover_type SET cameo_root = '02' WHERE name = 'REQUEST';
UPDATE plover_type SET cameo_root = '03' WHERE name = 'AGREE';
UPDATE plover_type SET cameo_root = '04' WHERE name = 'CONSULT';
UPDATE plover_type SET cameo_root = '05' WHERE name = 'SUPPORT';
UPDATE plover_type SET cameo_root = '06' WHERE name = 'COOPERATE';
UPDATE plover_type SET cameo_root = '07' WHERE name = 'AID';
UPDATE plover_type SET cameo_root = '08' WHERE name IN ('CONCEDE', 'RETREAT');
UPDATE plover_type SET cameo_root = '11' WHERE name = 'ACCUSE';
UPDATE plover_type SET cameo_root = '12' WHERE name = 'REJECT';
UPDATE plover_type SET cameo_root = '13' WHERE name = 'THREATEN';
UPDATE plover_type SET cameo_root = '14' WHERE name = 'PROTEST';
UPDATE plover_type SET cameo_root = '15' WHERE name = 'MOBILIZE';
UPDATE plover_type SET cameo_root = '16' WHERE name = 'SANCTION';
UPDATE plover_type SET cameo_root = '17' WHERE name = 'COERCE';
UPDATE plover_type SET cameo_root = '18' WHERE name = 'ASSAULT';
ALTER TABLE plover_type ALTER COLUMN cameo_root SET NOT NULL;

-- An import: one run of the command over some files, a fact like any other (versioned, audited, announced on the live
-- feed once per chunk of rows, retractable with every action it brought in). A run killed mid-way stays RUNNING.
CREATE TABLE dataset_import (
    id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    format            VARCHAR(20)   NOT NULL
        CHECK (format IN ('GDELT_EVENTS', 'GDELT_MENTIONS', 'ICEWS', 'POLECAT')),
    files             VARCHAR(4000) NOT NULL,
    status            VARCHAR(10)   NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
    rows_read         BIGINT        NOT NULL,
    rows_imported     BIGINT        NOT NULL,
    rows_duplicate    BIGINT        NOT NULL,
    rows_rejected     BIGINT        NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    version           INT DEFAULT 1 NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE,
    updated_by        VARCHAR(100),
    retracted_at      TIMESTAMP WITH TIME ZONE,
    retracted_by      VARCHAR(100),
    retraction_reason VARCHAR(1000)
);

-- An imported action's record in its data set. The natural key (data set, event key) makes a re-import add nothing:
-- GDELT's GLOBALEVENTID and POLECAT's Event ID are unique in their sets; an ICEWS Event ID only with its date
-- ("<id>/<yyyy-mm-dd>").
CREATE TABLE action_record (
    action_id         BIGINT        NOT NULL PRIMARY KEY REFERENCES action (id),
    dataset           VARCHAR(10)   NOT NULL CHECK (dataset IN ('GDELT', 'ICEWS', 'POLECAT')),
    event_key         VARCHAR(100)  NOT NULL,
    import_id         BIGINT        NOT NULL REFERENCES dataset_import (id),
    file_name         VARCHAR(500)  NOT NULL,
    line_number       BIGINT        NOT NULL,
    -- The event's coding as the file writes it: a CAMEO code ("0874"), or PLOVER type/mode/contexts.
    coded_as          VARCHAR(300)  NOT NULL,
    -- The file's own score of the event: GDELT GoldsteinScale, ICEWS Intensity, POLECAT Event Intensity.
    dataset_intensity NUMERIC(4,1),
    source_url        VARCHAR(2000),
    story_id          BIGINT,
    sentence_number   INT,
    publisher         VARCHAR(300),
    published_on      VARCHAR(40),
    language          VARCHAR(20),
    root_event        BOOLEAN,
    mention_count     INT,
    source_count      INT,
    article_count     INT,
    average_tone      DOUBLE PRECISION,
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    place_feature_id  VARCHAR(50),
    added_at          TIMESTAMP WITH TIME ZONE,
    -- The event key first: H2 looks up an IN list of keys only in an index that starts with them.
    CONSTRAINT action_record_natural_key UNIQUE (event_key, dataset)
);
CREATE INDEX action_record_import ON action_record (import_id);

-- Further places an imported event was reported (GDELT Mentions): the document's locator and where in it GDELT found
-- the actors and the action, never its text.
CREATE TABLE action_mention (
    action_id       BIGINT        NOT NULL REFERENCES action (id),
    sentence_number INT           NOT NULL,
    identifier      VARCHAR(2000) NOT NULL,
    import_id       BIGINT        NOT NULL REFERENCES dataset_import (id),
    mention_type    SMALLINT      NOT NULL,
    source_name     VARCHAR(300),
    mentioned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor1_offset   INT,
    actor2_offset   INT,
    action_offset   INT,
    in_raw_text     BOOLEAN       NOT NULL,
    confidence      SMALLINT      NOT NULL,
    document_length INT,
    document_tone   DOUBLE PRECISION,
    PRIMARY KEY (action_id, sentence_number, identifier)
);
CREATE INDEX action_mention_import ON action_mention (import_id);

-- Imports are audited like the other facts.
ALTER TABLE revision DROP CONSTRAINT IF EXISTS revision_fact_type;
ALTER TABLE revision ADD CONSTRAINT revision_fact_type CHECK (fact_type IN
    ('SOURCE', 'ACTOR', 'ACTOR_ROLE', 'STATEMENT', 'ACTION', 'FIGURE', 'DATASET_IMPORT'));
