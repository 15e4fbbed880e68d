package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.diplograph.dataset.file.EventFiles;
import org.diplograph.dataset.icews.IcewsEvent;
import org.diplograph.dataset.icews.IcewsEventMapper;
import org.diplograph.dataset.polecat.PolecatEvent;
import org.diplograph.dataset.polecat.PolecatEventMapper;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ICEWS and POLECAT files are read by their header's column names; a repeated header line, a row with a stray tab
 * and a value that does not fit its column are each reported as {@code file:line: reason}, and the rest is read.
 */
@DatabaseIndependent
class IcewsAndPolecatFilesTest {

    @TempDir
    Path directory;

    static final String ICEWS_HEADER = String.join("\t", "Event ID", "Event Date", "Source Name",
            "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
            "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country",
            "Latitude", "Longitude");
    static final String ICEWS_ROW = String.join("\t", "27411001", "2022-12-21", "Andrés Manuel López Obrador",
            "Executive,Government", "Mexico", "Grant asylum", "0874", "9.0", "Pedro Castillo", "Executive", "Peru",
            "48120933", "3", "Reuters", "Lima", "", "Lima", "Peru", "-12.05", "-77.05");

    private static final List<String> POLECAT_COLUMNS = List.of("Event ID", "Event Date", "Event Type", "Event Mode",
            "Event Intensity", "Quad Code", "Contexts", "Actor Name", "Actor Country", "Actor COW",
            "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
            "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
            "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City", "District",
            "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type", "Source",
            "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version");
    static final String POLECAT_HEADER = String.join("\t", POLECAT_COLUMNS);
    static final String POLECAT_ROW = String.join("\t", "20221221-MX-0001", "2022-12-21", "CONSULT", "visit",
            "1.0", "VERBAL COOPERATION", "diplomatic,political", "Marcelo Ebrard", "MEX", "70", "GOV",
            "GOV,Foreign Ministry", "Foreign Minister", "Ebrard", "Q348920", "Pedro Castillo", "PER", "135", "GOV", "GOV",
            "President", "Castillo", "Q106517217", "Lima", "Lima", "", "Lima", "PER", "-12.05", "-77.05", "3936456",
            "Lima", "PPLC", "Reuters", "2022-12-21", "", "", "", "en", "1.0");

    private static Path write(Path file, String... lines) throws IOException {
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anIcewsRowIsReadByItsColumnNamesWithItsStoryAndSentenceLocator() throws IOException {
        List<IcewsEvent> events = new ArrayList<>();
        List<EventFiles.Rejection> rejected = new ArrayList<>();
        EventFiles.readWithHeader(write(directory.resolve("events.2022.tab"), "\uFEFF" + ICEWS_HEADER, ICEWS_ROW),
                new IcewsEventMapper(), events::add, rejected::add);

        assertThat(rejected).isEmpty();
        IcewsEvent event = events.get(0);
        assertThat(event.eventId()).isEqualTo(27411001L);
        assertThat(event.eventDate()).isEqualTo(LocalDate.of(2022, 12, 21));
        assertThat(event.sourceSectors()).containsExactly("Executive", "Government");
        assertThat(event.cameoCode()).isEqualTo("0874");
        assertThat(event.intensity()).isEqualByComparingTo("9.0");
        assertThat(event.storyId()).isEqualTo(48120933L);
        assertThat(event.sentenceNumber()).isEqualTo(3);
        assertThat(event.publisher()).isEqualTo("Reuters");
        assertThat(event.district()).isNull();
        assertThat(event.latitude()).isEqualTo(-12.05);
    }

    @Test
    void brokenIcewsRowsAreReportedAndTheOthersRead() throws IOException {
        String badIntensity = ICEWS_ROW.replace("\t9.0\t", "\t11.5\t");
        String extraTab = ICEWS_ROW + "\tstray";
        List<IcewsEvent> events = new ArrayList<>();
        List<EventFiles.Rejection> rejected = new ArrayList<>();
        EventFiles.Summary summary = EventFiles.readWithHeader(write(directory.resolve("broken.tab"), ICEWS_HEADER,
                ICEWS_ROW, badIntensity, ICEWS_HEADER, extraTab, ICEWS_ROW), new IcewsEventMapper(), events::add, rejected::add);

        assertThat(events).hasSize(2);
        assertThat(summary).isEqualTo(new EventFiles.Summary(5, 2, 3));
        assertThat(rejected).extracting(Object::toString).containsExactly(
                "broken.tab:3: column 'Intensity' is '11.5', not a number from -10 to 10",
                "broken.tab:4: is the header line again",
                "broken.tab:5: has 21 columns, the header names 20");
    }

    @Test
    void aPolecatRowKeepsItsPloverCodingAndWikidataIdsAndStrayLinesAreReported() throws IOException {
        List<PolecatEvent> events = new ArrayList<>();
        List<EventFiles.Rejection> rejected = new ArrayList<>();
        String noRecipient = POLECAT_ROW.replace("Pedro Castillo\tPER\t135\tGOV\tGOV\tPresident\tCastillo\tQ106517217",
                "\t\t\t\t\t\t\t");
        EventFiles.readWithHeader(write(directory.resolve("ngec_coded_v1.0.tsv"), POLECAT_HEADER, POLECAT_ROW,
                POLECAT_HEADER, POLECAT_ROW.replace("\tvisit\t", "\tvisit\t\t"), noRecipient),
                new PolecatEventMapper(), events::add, rejected::add);

        assertThat(events).hasSize(2);
        PolecatEvent event = events.get(0);
        assertThat(event.eventType()).isEqualTo("CONSULT");
        assertThat(event.eventMode()).isEqualTo("visit");
        assertThat(event.contexts()).containsExactly("diplomatic", "political");
        assertThat(event.actor().name()).isEqualTo("Marcelo Ebrard");
        assertThat(event.actor().country()).isEqualTo("MEX");
        assertThat(event.actor().wikipediaId()).isEqualTo("Q348920");
        assertThat(event.recipient().sectors()).containsExactly("GOV");
        assertThat(events.get(1).recipient()).as("a row with no recipient").isNull();
        assertThat(rejected).extracting(Object::toString).containsExactly(
                "ngec_coded_v1.0.tsv:3: is the header line again",
                "ngec_coded_v1.0.tsv:4: has 41 columns, the header names 40");
    }
}
