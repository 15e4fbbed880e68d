package org.diplograph.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every ISO 3166-1 country and territory, and the codes the data sets name them by: ISO/CAMEO alpha-3 in actor
 * columns ({@code MEX}), FIPS 10-4 in GDELT's geography columns (Chile {@code CI}, Bolivia {@code BL}), English names
 * in ICEWS. Read from the project's own copy, {@code reference/iso3166-countries.tsv}.
 */
public final class CountryCodeBook {

    /** One country or territory. */
    public record Entry(String alpha2, String alpha3, String numeric, String fips, String name, String officialName,
                        String wikidataId) {
    }

    private static final String RESOURCE = "/reference/iso3166-countries.tsv";

    private final List<Entry> entries;
    private final Map<String, Entry> byAlpha3 = new HashMap<>();
    private final Map<String, Entry> byFips = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();

    private CountryCodeBook(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Set<String> ambiguousFips = new HashSet<>();
        for (Entry entry : entries) {
            byAlpha3.put(entry.alpha3(), entry);
            byName.put(entry.name().toLowerCase(Locale.ROOT), entry);
            byName.put(entry.officialName().toLowerCase(Locale.ROOT), entry);
            if (entry.fips() != null) {
                Entry earlier = byFips.putIfAbsent(entry.fips(), entry);
                if (earlier != null) {
                    ambiguousFips.add(entry.fips());
                }
            }
        }
        // A FIPS code two ISO entries share (NL: the Netherlands and Caribbean Netherlands) stands for the one whose
        // ISO code it equals, the sovereign country; with no such entry it stands for none rather than a guess.
        for (String fips : ambiguousFips) {
            byFips.remove(fips);
            entries.stream().filter(entry -> fips.equals(entry.fips()) && fips.equals(entry.alpha2())).findFirst()
                    .ifPresent(entry -> byFips.put(fips, entry));
        }
    }

    /** The code book the application ships. */
    public static CountryCodeBook shipped() {
        try (InputStream in = CountryCodeBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return new CountryCodeBook(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<Entry> parse(BufferedReader lines) throws IOException {
        List<Entry> entries = new ArrayList<>();
        boolean header = true;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] columns = line.split("\t", -1);
            entries.add(new Entry(columns[0], columns[1], columns[2], blankToNull(columns[3]), columns[4], columns[5],
                    blankToNull(columns[6])));
        }
        return entries;
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** By ISO (and CAMEO) alpha-3; CAMEO's regional codes such as {@code AFR} or {@code WST} name no country. */
    public Optional<Entry> byAlpha3(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byAlpha3.get(code.toUpperCase(Locale.ROOT)));
    }

    /** By FIPS 10-4, as GDELT's geography columns write it. */
    public Optional<Entry> byFips(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byFips.get(code.toUpperCase(Locale.ROOT)));
    }

    /** By English name, short or official, as ICEWS writes it; case does not matter. */
    public Optional<Entry> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }
}
