package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Countries as the data sets write them, and the expectations their codebooks give. GDELT's geography columns use
 * FIPS 10-4, whose split and merged codes the ISO table stores joined: Gaza GZ and the West Bank WE are Palestine,
 * Serbia RI is Serbia, Kosovo KV is Kosovo (user-assigned XK), and a code that names no country (OS, the oceans) leaves
 * the place without one and is counted in the summary. ICEWS as R's icews package saves it writes NA for every missing
 * value; Kosovo is a country; a country name no code book has keeps its row, without a country, and is counted.
 * POLECAT's countries are NGEC's codes: ISO alpha-3 (Kosovo XKX), alpha-3 with an agent suffix (UKRPRE), or an
 * international body's (UNO), which is no country. A Latin-1 file read in its encoding finds the same actors as its UTF-8 original. Rows describe real episodes of
 * December 2022 (the Serbia–Kosovo barricades, the Gaza strikes of 4 December, López Obrador and Peru, Zelensky in
 * Washington, the U.S.–Africa Leaders Summit).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:imports;DB_CLOSE_DELAY=-1")
class CountriesAsTheDataSetsWriteThemTest extends WriteTest {

    @TempDir
    Path directory;

    @Autowired
    EventImporter importer;

    private EventImporter.Outcome load(ImportFormat format, String name, String... lines) throws IOException {
        return load(format, StandardCharsets.UTF_8, name, lines);
    }

    private EventImporter.Outcome load(ImportFormat format, java.nio.charset.Charset encoding, String name,
                                       String... lines) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", encoding);
        List<String> rejected = new ArrayList<>();
        EventImporter.Outcome outcome = importer.run(format, List.of(file), encoding, ImportProgresses.rejectionsInto(rejected));
        assertThat(rejected).as("rejected rows").isEmpty();
        return outcome;
    }

    /** A GDELT 2.0 event row, 61 columns as the codebook lays them out, with its ActionGeo in the given FIPS code. */
    private static String gdelt(long id, String actor1Code, String actor1Name, String actor1Country, String eventCode,
                                String place, String fips, String latitude, String longitude) {
        String root = eventCode.substring(0, 2);
        return String.join("\t", List.of(String.valueOf(id), "20221215", "202212", "2022", "2022.9507",
                actor1Code, actor1Name, actor1Country, "", "", "", "", actor1Code.length() > 3 ? actor1Code.substring(3) : "",
                "", "", "", "", "", "", "", "", "", "", "", "",
                "1", eventCode, eventCode.substring(0, 3), root, "1", "-2.0", "4", "2", "4", "-3.1",
                "1", actor1Name, fips, fips, "", latitude, longitude, fips, "0", "", "", "", "", "", "", "",
                "4", place, fips, fips + "00", "", latitude, longitude, "-1", "20221215120000",
                "https://news.example.org/" + id));
    }

    private String placeCountryOf(String eventKey) {
        return jdbc.sql("SELECT a.place_country FROM action a JOIN action_record r ON r.action_id = a.id "
                + "WHERE r.dataset = 'GDELT' AND r.event_key = ?").param(eventKey).query(String.class).optional().orElse(null);
    }

    @Test
    void gdeltPlacesInSplitAndMergedFipsCodesFindTheirCountryAndAnUnknownCodeIsCounted() throws IOException {
        EventImporter.Outcome outcome = load(ImportFormat.GDELT_EVENTS, "20221215120000.export.CSV",
                gdelt(1081000001L, "SRBGOV", "SERBIA", "SRB", "020", "Zvecan, Kosovo (general), Kosovo", "KV", "42.9", "20.8"),
                gdelt(1081000002L, "SRBGOV", "SERBIA", "SRB", "020", "Belgrade, Serbia (general), Serbia", "RI", "44.8", "20.4"),
                gdelt(1081000003L, "ISRMIL", "ISRAEL", "ISR", "190", "Gaza, Gaza Strip (general), Gaza Strip", "GZ", "31.5", "34.4"),
                gdelt(1081000004L, "ISRMIL", "ISRAEL", "ISR", "190", "Nablus, West Bank (general), West Bank", "WE", "32.2", "35.2"),
                gdelt(1081000005L, "ISRMIL", "ISRAEL", "ISR", "190", "Mediterranean Sea", "OS", "33.0", "34.0"));

        assertThat(outcome.run().rowsImported()).isEqualTo(5);
        assertThat(placeCountryOf("1081000001")).as("KV, Kosovo").isEqualTo("XK");
        assertThat(placeCountryOf("1081000002")).as("RI, Serbia").isEqualTo("RS");
        assertThat(placeCountryOf("1081000003")).as("GZ, Gaza").isEqualTo("PS");
        assertThat(placeCountryOf("1081000004")).as("WE, the West Bank").isEqualTo("PS");
        assertThat(placeCountryOf("1081000005")).as("OS, the oceans").isNull();
        assertThat(outcome.unknownCountries()).containsExactlyEntriesOf(Map.of("ActionGeo_CountryCode 'OS'", 1L));
    }

    private static final String ICEWS_HEADER = String.join("\t", "Event ID", "Event Date", "Source Name",
            "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country",
            "Latitude", "Longitude");

    @Test
    void icewsSavedByRReadsNaAsMissingKeepsKosovoAndCountsANameNoCodeBookHas() throws IOException {
        EventImporter.Outcome outcome = load(ImportFormat.ICEWS, "icews-r.tsv", ICEWS_HEADER,
                String.join("\t", "36120001", "2022-12-26", "Government (Serbia)", "Government", "Serbia",
                        "Demonstrate military or police power", "150", "-7.2", "Kosovo Police", "Police", "Kosovo",
                        "53110001", "1", "Example Wire", "Raska", "NA", "NA", "Serbia", "43.28", "20.61"),
                String.join("\t", "36120002", "2022-12-27", "Albin Kurti", "NA", "Kosovo", "Criticize or denounce",
                        "111", "-2", "Government (Serbia)", "Government", "Serbia", "53110002", "2", "Example Wire",
                        "Pristina", "NA", "NA", "Kosovo", "NA", "NA"),
                String.join("\t", "36120003", "2005-06-01", "Government (Serbia and Montenegro)", "Government",
                        "Serbia and Montenegro", "Make statement", "010", "0", "NA", "NA", "NA", "53110003", "1",
                        "Example Wire", "NA", "NA", "NA", "NA", "NA", "NA"));

        assertThat(outcome.run().rowsImported()).isEqualTo(3);
        assertThat(outcome.unknownCountries()).containsExactlyEntriesOf(Map.of(
                "Source Country 'Serbia and Montenegro'", 1L));
        graphQl.document("""
                { actions(filter: {datasets: [ICEWS], countries: ["XK"]}, orderBy: {field: OCCURRED_ON, direction: ASC}) {
                    nodes { summary place placeCountry { code } occurred { date }
                      actors { ... on Actor { name country { code } sectors } ... on Country { code } }
                      recipients { ... on Actor { name country { code } sectors } ... on Country { code } } } } }""")
                .execute()
                .path("actions.nodes[*].occurred.date").entityList(String.class).containsExactly("2022-12-26", "2022-12-27")
                .path("actions.nodes[0].place").entity(String.class).isEqualTo("Raska")
                .path("actions.nodes[0].placeCountry.code").entity(String.class).isEqualTo("RS")
                .path("actions.nodes[0].recipients[0].name").entity(String.class).isEqualTo("Kosovo Police")
                .path("actions.nodes[0].recipients[0].country.code").entity(String.class).isEqualTo("XK")
                .path("actions.nodes[0].recipients[0].sectors").entityList(String.class).containsExactly("Police")
                .path("actions.nodes[1].place").entity(String.class).isEqualTo("Pristina")
                .path("actions.nodes[1].placeCountry.code").entity(String.class).isEqualTo("XK")
                .path("actions.nodes[1].actors[0].name").entity(String.class).isEqualTo("Albin Kurti")
                .path("actions.nodes[1].actors[0].country.code").entity(String.class).isEqualTo("XK")
                .path("actions.nodes[1].actors[0].sectors").entityList(String.class).doesNotContain("NA");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM actor WHERE sectors = 'NA' OR name = 'NA'").query(Long.class).single())
                .as("NA is no sector and no name").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action WHERE place LIKE '%NA%'").query(Long.class).single())
                .as("NA is no part of a place").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_record WHERE dataset = 'ICEWS' AND event_key = '36120003/2005-06-01' "
                + "AND latitude IS NULL").query(Long.class).single()).as("the row without a known country, kept").isEqualTo(1);
    }

    @Test
    void aLatin1FileReadInItsEncodingNamesTheSameActorsAsItsUtf8Original() throws IOException {
        load(ImportFormat.ICEWS, StandardCharsets.ISO_8859_1, "icews-latin1.tsv", ICEWS_HEADER,
                String.join("\t", "36120004", "2022-12-20", "Andrés Manuel López Obrador", "Executive,Government",
                        "Mexico", "Criticize or denounce", "111", "-2", "Government (Peru)", "Government", "Peru", "53110004",
                        "1", "Example Wire", "Mexico City", "", "Distrito Federal", "Mexico", "19.43", "-99.13"));
        graphQl.document("""
                { actions(filter: {datasets: [ICEWS], eventCodes: ["111"], countries: ["MX"]}) {
                    nodes { actors { ... on Actor { slug name } } } } }""").execute()
                .path("actions.nodes[*].actors[0].slug").entityList(String.class)
                .containsExactly("andres-manuel-lopez-obrador");
    }

    /** The header of POLECAT's weekly files as published (40 columns; the intensity column is "Intensity"). */
    private static final String POLECAT_HEADER = String.join("\t", "Event ID", "Event Date", "Event Type", "Event Mode",
            "Intensity", "Quad Code", "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
            "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country",
            "Recipient COW", "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
            "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
            "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
            "Story Organizations", "Story Locations", "Language", "Version");

    private static String polecat(String id, String date, String type, String mode, String actor, String actorCountry,
                                  String recipient, String recipientCountry, String place, String placeCountry) {
        return String.join("\t", id, date, type, mode, "1.0", "VERBAL COOPERATION", "diplomatic", actor, actorCountry, "",
                "GOV", "GOV", "", actor, "", recipient, recipientCountry, "", "GOV", "GOV", "", recipient, "", place, place,
                "", "", placeCountry, "", "", "", place, "PPLC", "Example Wire", date, "", "", "", "en", "1.0");
    }

    @Test
    void polecatCountriesAsNgecCodesThemKeepTheirRows() throws IOException {
        EventImporter.Outcome outcome = load(ImportFormat.POLECAT, "ngecEvents.DV.2022-12-24.txt", POLECAT_HEADER,
                polecat("20221221-ua-us-1", "2022-12-21", "CONSULT", "visit", "Volodymyr Zelensky", "UKRPRE",
                        "Joe Biden", "USA", "Washington", "USA"),
                polecat("20221227-xk-rs-1", "2022-12-27", "ACCUSE", "", "Albin Kurti", "XKX",
                        "Aleksandar Vucic", "SRB", "Pristina", "XKX"),
                polecat("20221228-un-xk-1", "2022-12-28", "REQUEST", "", "Antonio Guterres", "UNO",
                        "Albin Kurti", "XKX", "New York", "USA"),
                polecat("20221214-au-us-1", "2022-12-14", "CONSULT", "meet", "African Union Commission", "AFR",
                        "Joe Biden", "USA", "Washington", "USA"));

        assertThat(outcome.run().rowsImported()).isEqualTo(4);
        assertThat(outcome.unknownCountries()).as("an international body is no unknown country")
                .containsExactlyEntriesOf(Map.of("Actor Country 'AFR'", 1L));
        graphQl.document("""
                { actions(filter: {datasets: [POLECAT]}, orderBy: {field: OCCURRED_ON, direction: ASC}, first: 10) {
                    nodes { actors { ... on Actor { name country { code } } } placeCountry { code } } } }""").execute()
                .path("actions.nodes[*].actors[0].name").entityList(String.class).containsExactly(
                        "African Union Commission", "Volodymyr Zelensky", "Albin Kurti", "Antonio Guterres")
                .path("actions.nodes[0].actors[0].country").valueIsNull()
                .path("actions.nodes[1].actors[0].country.code").entity(String.class).isEqualTo("UA")
                .path("actions.nodes[2].actors[0].country.code").entity(String.class).isEqualTo("XK")
                .path("actions.nodes[2].placeCountry.code").entity(String.class).isEqualTo("XK")
                .path("actions.nodes[3].actors[0].country").valueIsNull();
    }
}
