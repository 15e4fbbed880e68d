-- Kosovo, which ISO 3166-1 does not list but every event data set codes: user-assigned XK / XKX (as POLECAT and the
-- European Commission write it), FIPS 10-4 KV in GDELT's geography columns, "Kosovo" in ICEWS. Without it a Kosovar
-- party or place would have no country at all (dataset.CountryCodeBook.KOSOVO).
INSERT INTO country (code, alpha3, name) VALUES ('XK', 'XKX', 'Kosovo');
