-- "Actions involving country X" reads action_country (V6), never action_party by its country: the index of parties by
-- country cost every imported party row an entry (of about 35 an imported event writes) and served no query.
DROP INDEX action_party_country;
