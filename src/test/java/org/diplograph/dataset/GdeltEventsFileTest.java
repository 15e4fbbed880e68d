package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.diplograph.benchmark.GdeltEventsGenerator;
import org.diplograph.dataset.file.EventFiles;
import org.diplograph.dataset.gdelt.GdeltEvent;
import org.diplograph.dataset.gdelt.GdeltEventMapper;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT 2.0 Events files are read row by row as the codebook lays them out, plain, zipped or gzipped; a row that
 * does not hold what its columns promise is reported as {@code file:line: reason} and the reading goes on.
 */
@DatabaseIndependent
class GdeltEventsFileTest {

    @TempDir
    Path directory;

    /** The seed article's event as GDELT would code it: Mexico's government grants asylum (0874) to Peru's. */
    static final String ASYLUM = String.join("\t", List.of("1075533284", "20221221", "202212", "2022",
            "2022.9644", "MEXGOV", "MEXICO", "MEX", "", "", "", "", "GOV", "", "", "PERGOV", "PERU", "PER", "", "", "", "",
            "GOV", "", "", "1", "0874", "087", "08", "2", "9.0", "12", "3", "12", "-2.5", "1", "Mexico", "MX", "MX", "",
            "23", "-102", "MX", "1", "Peru", "PE", "PE", "", "-10", "-76", "PE", "4", "Lima, Lima, Peru", "PE", "PE15", "",
            "-12.05", "-77.05", "-1354163", "20221222031500", "https://news.example.org/mexico-peru"));

    private record Read(List<GdeltEvent> events, List<EventFiles.Rejection> rejections, EventFiles.Summary summary) {
    }

    private Read read(Path file) throws IOException {
        List<GdeltEvent> events = new ArrayList<>();
        List<EventFiles.Rejection> rejections = new ArrayList<>();
        EventFiles.Summary summary = EventFiles.read(file, new GdeltEventMapper(), events::add, rejections::add);
        return new Read(events, rejections, summary);
    }

    @Test
    void aRowIsReadColumnByColumnKeepingFipsGeographyAndTheSourceUrl() throws IOException {
        Path file = directory.resolve("20221222031500.export.CSV");
        Files.writeString(file, ASYLUM + "\n");

        GdeltEvent event = read(file).events().get(0);

        assertThat(event.globalEventId()).isEqualTo(1075533284L);
        assertThat(event.day()).isEqualTo(LocalDate.of(2022, 12, 21));
        assertThat(event.actor1().code()).isEqualTo("MEXGOV");
        assertThat(event.actor1().countryCode()).isEqualTo("MEX");
        assertThat(event.actor1().typeCodes()).containsExactly("GOV");
        assertThat(event.actor2().code()).isEqualTo("PERGOV");
        assertThat(event.eventCode()).as("the leading zero kept").isEqualTo("0874");
        assertThat(event.quadClass()).isEqualTo(2);
        assertThat(event.goldstein()).isEqualByComparingTo("9.0");
        assertThat(event.numMentions()).isEqualTo(12);
        assertThat(event.actionGeo().fipsCountryCode()).as("FIPS 10-4, not ISO").isEqualTo("PE");
        assertThat(event.actionGeo().fullName()).isEqualTo("Lima, Lima, Peru");
        assertThat(event.actionGeo().latitude()).isEqualTo(-12.05);
        assertThat(event.dateAdded()).isEqualTo(Instant.parse("2022-12-22T03:15:00Z"));
        assertThat(event.sourceUrl()).isEqualTo("https://news.example.org/mexico-peru");
    }

    @Test
    void anEmptySideIsNoActorAndUnplacedGeographyIsNoPlace() throws IOException {
        String[] columns = ASYLUM.split("\t", -1);
        Arrays.fill(columns, 15, 25, "");
        columns[43] = "0";
        Arrays.fill(columns, 44, 51, "");
        Path file = directory.resolve("one-actor.export.CSV");
        Files.writeString(file, String.join("\t", columns) + "\n");

        GdeltEvent event = read(file).events().get(0);

        assertThat(event.actor1()).isNotNull();
        assertThat(event.actor2()).isNull();
    }

    @Test
    void brokenRowsAreReportedWithFileLineAndReasonWhileTheOthersAreRead() throws IOException {
        String[] badDate = ASYLUM.split("\t", -1);
        badDate[1] = "20221340";
        String[] badCode = ASYLUM.split("\t", -1);
        badCode[26] = "8x";
        String[] badLatitude = ASYLUM.split("\t", -1);
        badLatitude[56] = "123.0";
        Path file = directory.resolve("broken.export.CSV");
        Files.writeString(file, String.join("\n", ASYLUM, "1075533285\t20221221\ttoo few columns",
                String.join("\t", badDate), String.join("\t", badCode), String.join("\t", badLatitude), ASYLUM) + "\n",
                StandardCharsets.UTF_8);

        Read read = read(file);

        assertThat(read.events()).hasSize(2);
        assertThat(read.summary()).isEqualTo(new EventFiles.Summary(6, 2, 4));
        assertThat(read.rejections()).extracting(Object::toString).containsExactly(
                "broken.export.CSV:2: has 3 columns, not the 61 of a GDELT 2.0 Events row",
                "broken.export.CSV:3: column 2 (SQLDATE) is '20221340', not a date YYYYMMDD",
                "broken.export.CSV:4: column 27 (EventCode) is '8x', not a CAMEO code of 2 to 4 digits",
                "broken.export.CSV:5: column 57 (ActionGeo_Lat) is '123.0', not a coordinate from -90 to 90");
    }

    @Test
    void zippedAndGzippedFilesAreReadDirectlyAndAgreeWithThePlainOne() throws IOException {
        List<List<GdeltEvent>> readings = new ArrayList<>();
        for (String name : List.of("20221222.export.CSV", "20221222.export.CSV.zip", "20221222.export.CSV.gz")) {
            Path file = directory.resolve(name);
            GdeltEventsGenerator.write(file, 500, 7, 1);
            Read read = read(file);
            assertThat(read.rejections()).as(name).isEmpty();
            readings.add(read.events());
        }
        assertThat(readings.get(0)).hasSize(500);
        assertThat(readings.get(1)).isEqualTo(readings.get(0));
        assertThat(readings.get(2)).isEqualTo(readings.get(0));
        assertThat(readings.get(0)).anySatisfy(event -> assertThat(event.actor2()).isNull());
        assertThat(readings.get(0)).anySatisfy(event -> assertThat(event.actionGeo().fipsCountryCode()).isEqualTo("CI"));
    }

    @Test
    void aFileThatCannotBeReadFailsTheReadingInsteadOfReportingRows() throws IOException {
        Path notZip = directory.resolve("corrupt.export.CSV.zip");
        Files.write(notZip, new byte[] {1, 2, 3, 4});
        assertThatThrownBy(() -> read(notZip)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(directory.resolve("missing.export.CSV"))).isInstanceOf(IOException.class);
    }

    @Test
    void theGeneratorWritesTheSameFileForTheSameSeed() throws IOException {
        Path first = directory.resolve("first.export.CSV");
        Path second = directory.resolve("second.export.CSV");
        GdeltEventsGenerator.write(first, 200, 42, 1);
        GdeltEventsGenerator.write(second, 200, 42, 1);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }
}
