-- What several Diplograph instances on one database share beyond the facts themselves.

-- The live feed is replayed from the audit trail: a subscriber that resumes after the last revision it saw is sent
-- what it missed, filtered as live changes are, by the countries and actors each change involved (comma-separated
-- ISO codes and actor row ids, as the write computed them). Revisions written before this migration have none.
ALTER TABLE revision ADD COLUMN involved_countries VARCHAR(2000);
ALTER TABLE revision ADD COLUMN involved_actors VARCHAR(4000);

-- Per-client point budgets (rate limits): what each client (an API key's name, or an address for anonymous reads)
-- has spent in its current window. One row per client; a request's cost is added in one atomic statement.
CREATE TABLE rate_budget (
    client          VARCHAR(200)             NOT NULL PRIMARY KEY,
    window_started  TIMESTAMP WITH TIME ZONE NOT NULL,
    spent           BIGINT                   NOT NULL,
    last_refused    BOOLEAN                  NOT NULL
);

-- Automatic persisted queries: documents registered by their SHA-256 hash (lower-case hex), so that a client can send
-- the hash alone, by GET, to any instance. A document never changes under its hash, so rows are only ever added.
CREATE TABLE persisted_query (
    sha256_hash     CHAR(64)                 NOT NULL PRIMARY KEY,
    document        VARCHAR                  NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
