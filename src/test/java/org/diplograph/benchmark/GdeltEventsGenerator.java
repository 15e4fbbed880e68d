package org.diplograph.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes GDELT 2.0 Events files of any size: 61 tab-separated columns per row as the codebook lays them out,
 * deterministic for a seed, with what real files carry — rows with one actor only, CAMEO actor codes with roles
 * ({@code MEXGOV}), FIPS 10-4 country codes in the geography columns (Chile {@code CI}), source URLs. A name ending in
 * {@code .zip} or {@code .gz} is compressed as GDELT publishes it.
 * {@code java -cp ... org.diplograph.benchmark.GdeltEventsGenerator ROWS FILE [SEED]}.
 */
public final class GdeltEventsGenerator {

    /** CAMEO actor country, ISO-ish alpha-3 as GDELT writes it, and the FIPS code of its geography. */
    private record Country(String cameo, String fips, String name, double latitude, double longitude) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("MEX", "MX", "Mexico", 23.0, -102.0), new Country("PER", "PE", "Peru", -10.0, -76.0),
            new Country("CHL", "CI", "Chile", -30.0, -71.0), new Country("BOL", "BL", "Bolivia", -17.0, -65.0),
            new Country("ARG", "AR", "Argentina", -34.0, -64.0), new Country("COL", "CO", "Colombia", 4.0, -72.0),
            new Country("USA", "US", "United States", 39.8, -98.6), new Country("BRA", "BR", "Brazil", -10.0, -55.0));
    private static final String[] ROLES = {"GOV", "MIL", "OPP", "JUD", "COP", "", "", ""};
    private static final String[][] EVENTS = {{"010", "01", "1", "0.0"}, {"036", "03", "1", "4.0"},
            {"043", "04", "1", "2.8"}, {"0874", "087", "2", "9.0"}, {"111", "11", "3", "-2.0"},
            {"112", "11", "3", "-2.0"}, {"1011", "101", "3", "-5.0"}, {"173", "17", "4", "-5.0"},
            {"051", "05", "1", "3.5"}, {"193", "19", "4", "-10.0"}};
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    /** GDELT 2.0 publishes an update every 15 minutes; in 2022 one carried about 1,500 events. */
    private static final int ROWS_PER_UPDATE = 1_500;
    /** Where the feed a file imitates starts: its rows are the updates from then on, one after another. */
    private static final LocalDateTime FEED_START = LocalDateTime.of(2022, 12, 1, 0, 0);

    private GdeltEventsGenerator() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20221221L;
        write(file, rows, seed, 1);
        System.out.printf(Locale.ROOT, "%,d GDELT rows written to %s (%,d bytes)%n", rows, file, Files.size(file));
    }

    /** Writes {@code rows} rows with GLOBALEVENTIDs from {@code firstId}. */
    public static void write(Path file, long rows, long seed, long firstId) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(open(file), StandardCharsets.UTF_8), 1 << 16)) {
            for (long i = 0; i < rows; i++) {
                out.write(row(firstId + i, FEED_START.plusMinutes(15 * (i / ROWS_PER_UPDATE)), random));
                out.write('\n');
            }
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream raw = Files.newOutputStream(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) {
            return new GZIPOutputStream(raw, 1 << 16);
        }
        if (name.endsWith(".zip")) {
            ZipOutputStream zip = new ZipOutputStream(raw);
            zip.putNextEntry(new ZipEntry(name.substring(0, name.length() - 4)));
            return zip;
        }
        return raw;
    }

    /**
     * One row, every column in place, added to the feed at {@code added}. Most events a 15-minute update carries
     * happened that day; some in the week before; a few (retrospectives, anniversaries, trials) up to a year before.
     */
    static String row(long id, LocalDateTime added, Random random) {
        int draw = random.nextInt(100);
        int daysBefore = draw < 85 ? 0 : draw < 95 ? 1 + random.nextInt(7) : 8 + random.nextInt(358);
        LocalDate day = added.toLocalDate().minusDays(daysBefore);
        Country one = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        Country other = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        boolean secondActor = random.nextInt(10) > 0;
        String[] event = EVENTS[random.nextInt(EVENTS.length)];
        List<String> columns = new ArrayList<>(61);
        columns.add(Long.toString(id));
        columns.add(day.format(DAY));
        columns.add(day.format(DateTimeFormatter.ofPattern("uuuuMM")));
        columns.add(Integer.toString(day.getYear()));
        columns.add(String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0));
        actor(columns, one, random);
        if (secondActor) {
            actor(columns, other, random);
        } else {
            for (int i = 0; i < 10; i++) {
                columns.add("");
            }
        }
        columns.add(random.nextInt(4) == 0 ? "0" : "1");
        columns.add(event[0]);
        columns.add(event[1]);
        columns.add(event[0].substring(0, 2));
        columns.add(event[2]);
        columns.add(event[3]);
        int mentions = 1 + random.nextInt(40);
        columns.add(Integer.toString(mentions));
        columns.add(Integer.toString(1 + random.nextInt(mentions)));
        columns.add(Integer.toString(mentions));
        columns.add(String.format(Locale.ROOT, "%.6f", random.nextGaussian() * 4));
        geo(columns, one);
        if (secondActor) {
            geo(columns, other);
        } else {
            columns.add("0");
            for (int i = 0; i < 7; i++) {
                columns.add("");
            }
        }
        geo(columns, random.nextBoolean() ? one : other);
        columns.add(added.format(ADDED));
        columns.add("https://news.example.org/" + day.getYear() + "/" + id);
        return String.join("\t", columns);
    }

    private static void actor(List<String> columns, Country country, Random random) {
        String role = ROLES[random.nextInt(ROLES.length)];
        columns.add(country.cameo() + role);
        columns.add((role.isEmpty() ? country.name() : country.name() + " " + role.toLowerCase(Locale.ROOT)).toUpperCase(Locale.ROOT));
        columns.add(country.cameo());
        columns.add("");
        columns.add("");
        columns.add("");
        columns.add("");
        columns.add(role);
        columns.add("");
        columns.add("");
    }

    private static void geo(List<String> columns, Country country) {
        columns.add("1");
        columns.add(country.name());
        columns.add(country.fips());
        columns.add(country.fips());
        columns.add("");
        columns.add(String.format(Locale.ROOT, "%.4f", country.latitude()));
        columns.add(String.format(Locale.ROOT, "%.4f", country.longitude()));
        columns.add(country.fips());
    }
}
