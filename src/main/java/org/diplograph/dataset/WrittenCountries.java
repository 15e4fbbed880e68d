package org.diplograph.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Countries as the data sets write them, each resolved to an ISO alpha-2 code or to none. A code or name the code
 * book does not know leaves the row without that country and is added to {@code unknown} ("Column 'value'"), for the
 * import's summary to count: never a guess, never a rejected row.
 */
final class WrittenCountries {

    /** NGEC's codes for bodies that are no country: the United Nations, the European Union and Europe. */
    private static final Set<String> INTERNATIONAL_BODIES = Set.of("UNO", "EUR");

    private final CountryCodeBook countries;

    WrittenCountries(CountryCodeBook countries) {
        this.countries = countries;
    }

    /** A FIPS 10-4 code, as GDELT's geography columns write it. */
    String fips(String written, String column, List<String> unknown) {
        String code = nonBlank(written);
        if (code == null) {
            return null;
        }
        Optional<CountryCodeBook.Entry> known = countries.byFips(code);
        if (known.isEmpty()) {
            unknown.add(column + " '" + code + "'");
        }
        return known.map(CountryCodeBook.Entry::alpha2).orElse(null);
    }

    /**
     * A country as NGEC codes it for POLECAT: ISO alpha-3 (Kosovo XKX), an alpha-3 with an agent suffix ({@code UKRPRE},
     * Ukraine's president: the country is its first three letters), or a code of an international body that is no
     * country ({@code UNO}, {@code EUR}), which leaves the party without one. Anything else is counted, not guessed.
     */
    String ngec(String written, String column, List<String> unknown) {
        String code = nonBlank(written);
        if (code == null) {
            return null;
        }
        Optional<CountryCodeBook.Entry> known = countries.byAlpha3(code).or(() -> countries.byName(code));
        if (known.isEmpty() && code.length() == 6) {
            known = countries.byAlpha3(code.substring(0, 3));
        }
        if (known.isEmpty() && !INTERNATIONAL_BODIES.contains(code.toUpperCase(Locale.ROOT))) {
            unknown.add(column + " '" + code + "'");
        }
        return known.map(CountryCodeBook.Entry::alpha2).orElse(null);
    }

    /**
     * The country a data set names in words; a name that is none the code book knows leaves the party or place
     * without a country (the row is kept) and is reported, counted per name, in the import's summary.
     */
    String byName(String name, String column, List<String> unknown) {
        if (nonBlank(name) == null) {
            return null;
        }
        Optional<CountryCodeBook.Entry> known = countries.byName(name);
        if (known.isEmpty()) {
            unknown.add(column + " '" + name.strip() + "'");
        }
        return known.map(CountryCodeBook.Entry::alpha2).orElse(null);
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
