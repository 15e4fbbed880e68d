package org.diplograph.country;

/** Another way a source names a country, citing the first sentence that does. */
public record CountryAlias(String countryCode, String text, CountryAliasKind kind, long sentenceKey) {
}
