-- The fact types the revision log accepts, as rows: a new type of fact is one INSERT here, not a rewritten CHECK
-- (V8 declared it, V12 had to find it by its clause in Java because H2 and PostgreSQL name it differently, V16 rewrote
-- it again). FactTypeRegistrationTest checks that the rows are exactly the types FactType declares.
CREATE TABLE fact_type (
    name VARCHAR(20) PRIMARY KEY
);
INSERT INTO fact_type (name) VALUES
    ('SOURCE'), ('ACTOR'), ('ACTOR_ROLE'), ('STATEMENT'), ('ACTION'), ('FIGURE'), ('DATASET_IMPORT');
ALTER TABLE revision DROP CONSTRAINT revision_fact_type;
ALTER TABLE revision ADD CONSTRAINT revision_fact_type FOREIGN KEY (fact_type) REFERENCES fact_type (name);
