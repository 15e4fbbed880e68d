package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.diplograph.support.DatabaseIndependent;

/**
 * The shipped code book holds every ISO 3166-1 entry and resolves each data set's way of naming a country: alpha-3
 * in actor columns, FIPS 10-4 in GDELT's geography, English names in ICEWS.
 */
@DatabaseIndependent
class CountryCodeBookTest {

    private final CountryCodeBook book = CountryCodeBook.shipped();

    @Test
    void itHoldsTheWholeIsoListAndKosovoWithUniqueCodes() {
        assertThat(book.entries()).as("ISO 3166-1's 249 and Kosovo").hasSize(250);
        assertThat(book.byAlpha3("XKX")).hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("XK"));
        assertThat(book.byName("Kosovo")).hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("XK"));
        Set<String> alpha2 = new HashSet<>();
        Set<String> alpha3 = new HashSet<>();
        book.entries().forEach(entry -> {
            assertThat(alpha2.add(entry.alpha2())).as(entry.alpha2()).isTrue();
            assertThat(alpha3.add(entry.alpha3())).as(entry.alpha3()).isTrue();
            assertThat(entry.alpha2()).matches("[A-Z]{2}");
            assertThat(entry.alpha3()).matches("[A-Z]{3}");
        });
    }

    @Test
    void fipsCodesThatDifferFromIsoResolveToTheRightCountry() {
        assertThat(book.byFips("CI")).hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("CL"));
        assertThat(book.byFips("BL")).hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("BO"));
        assertThat(book.byFips("UK")).hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("GB"));
        assertThat(book.byFips("GM")).hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("DE"));
        assertThat(book.byFips("GZ")).as("Gaza").hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("PS"));
        assertThat(book.byFips("WE")).as("the West Bank")
                .hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("PS"));
        assertThat(book.byFips("RI")).as("Serbia").hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("RS"));
        assertThat(book.byFips("KV")).as("Kosovo").hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("XK"));
        assertThat(book.byFips("SV")).as("Svalbard")
                .hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("SJ"));
        assertThat(book.byFips("OS")).as("the oceans").isEmpty();
        assertThat(book.byFips("NL")).as("shared by two ISO entries: the sovereign one")
                .hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("NL"));
    }

    @Test
    void alpha3AndNamesResolveAndRegionsOrUnknownsDoNot() {
        assertThat(book.byAlpha3("MEX")).hasValueSatisfying(entry -> assertThat(entry.alpha2()).isEqualTo("MX"));
        assertThat(book.byAlpha3("per")).hasValueSatisfying(entry -> assertThat(entry.name()).isEqualTo("Peru"));
        assertThat(book.byName("Bolivia")).hasValueSatisfying(entry -> assertThat(entry.alpha3()).isEqualTo("BOL"));
        assertThat(book.byName("bolivia (plurinational state of)")).isPresent();
        assertThat(book.byAlpha3("AFR")).as("CAMEO's Africa is a region, not a country").isEmpty();
        assertThat(book.byFips(null)).isEmpty();
        assertThat(book.byName("Atlantis")).isEmpty();
    }
}
