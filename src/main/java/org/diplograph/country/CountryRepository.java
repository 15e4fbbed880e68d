package org.diplograph.country;

import static org.diplograph.sql.schema.Tables.COUNTRY;
import static org.diplograph.sql.schema.Tables.COUNTRY_ALIAS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.diplograph.fact.write.CountryCodes;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.InvalidInputException;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Reads countries and their aliases. */
@Repository
public class CountryRepository implements CountryCodes {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Za-z]{2,3}");

    private static final List<Field<?>> FIELDS = List.of(COUNTRY.CODE, COUNTRY.ALPHA3, COUNTRY.NAME);
    private static final Ordering BY_NAME = Ordering.of("country.name", false, COUNTRY.NAME, COUNTRY.CODE);

    private final DSLContext dsl;
    private final KeysetPager pager;
    private volatile Gazetteer gazetteer;

    /** Every country by alpha-2 and by alpha-3 code. */
    private record Gazetteer(Map<String, Country> byAlpha2, Map<String, Country> byAlpha3) {
    }

    public CountryRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    /**
     * Normalises a client's ISO code (alpha-2 or alpha-3, any case) to the alpha-2 key, or throws: BAD_REQUEST for
     * something that is not an ISO code at all, NOT_FOUND-style empty result for an unknown one.
     */
    @Override
    public Optional<String> alpha2(String code, String argument) {
        return findByIsoCode(code, argument).map(Country::code);
    }

    public Optional<Country> findByIsoCode(String code, String argument) {
        if (code == null || !ISO_CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "'%s' is not an ISO 3166-1 country code: use two or three letters, e.g. \"MX\" or \"MEX\"."
                            .formatted(code), argument, "INVALID_COUNTRY_CODE");
        }
        String upper = code.toUpperCase(Locale.ROOT);
        Gazetteer all = gazetteer();
        return Optional.ofNullable((upper.length() == 2 ? all.byAlpha2() : all.byAlpha3()).get(upper));
    }

    /**
     * Countries change only with migrations, and nearly every request names or shows some (filters, parties,
     * speakers): read once, they answer every later lookup without a round trip to the database.
     */
    private Gazetteer gazetteer() {
        Gazetteer all = gazetteer;
        if (all == null) {
            List<Country> countries = dsl.select(FIELDS).from(COUNTRY).fetch(CountryRepository::toCountry);
            all = new Gazetteer(
                    countries.stream().collect(Collectors.toUnmodifiableMap(Country::code, Function.identity())),
                    countries.stream().collect(Collectors.toUnmodifiableMap(Country::alpha3, Function.identity())));
            gazetteer = all;
        }
        return all;
    }

    /**
     * Normalises the ISO codes of a filter to alpha-2, refusing (BAD_REQUEST, naming the field) any code that is not a
     * known country: in a filter an unknown country is a mistake, not an empty answer.
     */
    public List<String> requireAlpha2(List<String> codes, String path) {
        List<String> alpha2 = new ArrayList<>();
        for (String code : codes) {
            alpha2.add(findByIsoCode(code, path).map(Country::code).orElseThrow(() -> new InvalidInputException(
                    "'%s' names an unknown country code '%s'.".formatted(path, code), path, "UNKNOWN_COUNTRY")));
        }
        return alpha2;
    }

    public Map<String, Country> findByCodes(Collection<String> codes) {
        Map<String, Country> byAlpha2 = gazetteer().byAlpha2();
        Map<String, Country> found = new HashMap<>();
        for (String code : codes) {
            Country country = code == null ? null : byAlpha2.get(code);
            if (country != null) {
                found.put(code, country);
            }
        }
        return found;
    }

    public Connection<Country> countries(PageRequest page, boolean withTotal) {
        return pager.page(KeysetPager.Query.root(COUNTRY, FIELDS, DSL.noCondition(), BY_NAME,
                CountryRepository::toCountry), page, withTotal);
    }

    public Map<String, List<CountryAlias>> aliasesOf(Collection<String> codes) {
        return dsl.select(COUNTRY_ALIAS.COUNTRY_CODE, COUNTRY_ALIAS.ALIAS, COUNTRY_ALIAS.KIND, COUNTRY_ALIAS.SENTENCE_ID).from(COUNTRY_ALIAS)
                .where(COUNTRY_ALIAS.COUNTRY_CODE.in(codes))
                .orderBy(COUNTRY_ALIAS.SENTENCE_ID, COUNTRY_ALIAS.ALIAS)
                .fetch(row -> new CountryAlias(row.get(COUNTRY_ALIAS.COUNTRY_CODE), row.get(COUNTRY_ALIAS.ALIAS),
                        CountryAliasKind.valueOf(row.get(COUNTRY_ALIAS.KIND)), row.get(COUNTRY_ALIAS.SENTENCE_ID)))
                .stream().collect(Collectors.groupingBy(CountryAlias::countryCode));
    }

    private static Country toCountry(Record row) {
        return new Country(row.get(COUNTRY.CODE), row.get(COUNTRY.ALPHA3), row.get(COUNTRY.NAME));
    }
}
