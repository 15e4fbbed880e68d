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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every ISO 3166-1 country and territory, and the codes the data sets name them by: ISO/CAMEO alpha-3 in actor
 * columns ({@code MEX}), FIPS 10-4 in GDELT's geography columns (Chile {@code CI}, Bolivia {@code BL}), English names
 * in ICEWS. Read from the project's own copy, {@code reference/iso3166-countries.tsv}, with Kosovo ({@link #KOSOVO}).
 */
public final class CountryCodeBook {

    /** One country or territory. */
    public record Entry(String alpha2, String alpha3, String numeric, String fips, String name, String officialName,
                        String wikidataId) {
    }

    private static final String RESOURCE = "/reference/iso3166-countries.tsv";
    private static final String ALIASES = "/reference/country-name-aliases.tsv";

    private final List<Entry> entries;
    private final Map<String, Entry> byAlpha3 = new HashMap<>();
    private final Map<String, Entry> byFips = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();

    private CountryCodeBook(List<Entry> entries, Map<String, String> aliases) {
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
        // The FIPS codes the ISO table stores joined, one country's two parts in FIPS (Gaza GZ and the West Bank WE:
        // GZWE, Palestine; Serbia RI and Kosovo KV: RIKV), each stand for that country unless a code of its own
        // names another (KV is Kosovo's).
        for (Entry entry : entries) {
            if (entry.fips() != null && entry.fips().length() == 4) {
                byFips.putIfAbsent(entry.fips().substring(0, 2), entry);
                byFips.putIfAbsent(entry.fips().substring(2), entry);
            }
        }
        Map<String, Entry> byAlpha2 = new HashMap<>();
        entries.forEach(entry -> byAlpha2.put(entry.alpha2(), entry));
        aliases.forEach((alias, alpha2) -> {
            Entry entry = byAlpha2.get(alpha2);
            if (entry == null) {
                throw new IllegalStateException(ALIASES + " names an unknown code " + alpha2);
            }
            byName.putIfAbsent(alias.toLowerCase(Locale.ROOT), entry);
        });
    }

    /**
     * Kosovo, which ISO 3166-1 does not list: the code every data set uses for it, user-assigned XK / XKX (as the
     * European Commission and POLECAT write it), FIPS KV (GDELT), and its name (ICEWS). Migration V19 adds it to the
     * country table.
     */
    static final Entry KOSOVO = new Entry("XK", "XKX", null, "KV", "Kosovo", "Republic of Kosovo", "Q1246");

    /** The code book the application ships. */
    public static CountryCodeBook shipped() {
        List<Entry> entries = new ArrayList<>();
        for (String[] columns : table(RESOURCE)) {
            entries.add(new Entry(columns[0], columns[1], columns[2], blankToNull(columns[3]), columns[4], columns[5],
                    blankToNull(columns[6])));
        }
        entries.add(KOSOVO);
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String[] columns : table(ALIASES)) {
            aliases.put(columns[0], columns[1]);
        }
        return new CountryCodeBook(entries, aliases);
    }

    /** The rows of a shipped tab-separated table, past its comment lines and header. */
    private static List<String[]> table(String resource) {
        try (InputStream in = CountryCodeBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the application");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
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
