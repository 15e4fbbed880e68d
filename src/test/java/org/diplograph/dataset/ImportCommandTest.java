package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipInputStream;

import org.diplograph.DiplographApplication;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diplograph import} as its usage says, run as the command runs (a non-web application of its own, here on an
 * in-memory database) on the GDELT sample of samples/: exit status 0 when every file was read to its end, 1 when one
 * could not be (a .gz cut short in transit), whose rows up to the break are kept and whose name is told, while the
 * files after it are still imported.
 */
@DatabaseIndependent
class ImportCommandTest {

    private static final Path SAMPLE = Path.of("samples/20221221120000.export.CSV.zip");

    @TempDir
    Path directory;

    private record Run(int status, String out, String err) {
    }

    private static Run importing(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] withDatabase = Arrays.copyOf(arguments, arguments.length + 1);
        withDatabase[arguments.length] = "--spring.datasource.url=jdbc:h2:mem:import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        int status = ImportCommand.run(DiplographApplication.class, withDatabase,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The sample's rows, as the zip holds them. */
    private static byte[] sampleRows() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(SAMPLE))) {
            zip.getNextEntry();
            return zip.readAllBytes();
        }
    }

    @Test
    void everyFileReadToItsEndExitsZeroWithItsSummary() {
        Run run = importing("--format=gdelt-events", SAMPLE.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("imported 20221221120000.export.CSV.zip: 5 rows read in [0-9.]+ s "
                + "\\([0-9,]+ rows/s\\): [0-9]+ imported, 0 already there, [0-9]+ rejected")
                .contains("status COMPLETED");
        assertThat(run.err()).doesNotContain("cannot read");
    }

    @Test
    void aFileCutShortExitsOneNamingItAndTheFilesAfterItAreStillImported() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(sampleRows());
        }
        byte[] whole = gzipped.toByteArray();
        Path cut = directory.resolve("20221221114500.export.CSV.gz");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        Run run = importing("--format=gdelt-events", cut.toString(), SAMPLE.toString());

        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
        java.util.regex.Matcher truncated = java.util.regex.Pattern.compile("cannot read " + cut.getFileName()
                + ": it is truncated after line (\\d+) \\(Unexpected end of ZLIB input stream\\)").matcher(run.err());
        assertThat(truncated.find()).as(run.err()).isTrue();
        long wholeRows = Long.parseLong(truncated.group(1));
        assertThat(wholeRows).as("the whole rows before the cut").isBetween(1L, 4L);
        assertThat(run.out()).contains("imported " + cut.getFileName() + ", 20221221120000.export.CSV.zip: "
                + (wholeRows + 5) + " rows read").contains("status FAILED");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1} read as --format={0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "gdelt-events   | samples/20221221121500.mentions.CSV.zip    | GDELT 2.0 Mentions | gdelt-mentions",
            "gdelt-events   | samples/events.2022.sample.tab             | ICEWS coded events | icews",
            "icews          | samples/20221221120000.export.CSV.zip      | GDELT 2.0 Events   | gdelt-events",
            "icews          | samples/ngecEvents.DV.2022-12-24.sample.txt | POLECAT           | polecat",
            "polecat        | samples/events.2022.sample.tab             | ICEWS coded events | icews",
            "gdelt-events   | src/test/resources/datasets/polecat/events_processed.20221224.jsonl | POLECAT | polecat",
            "gdelt-mentions | samples/20221221120000.export.CSV.zip      | GDELT 2.0 Events   | gdelt-events"})
    void aFileOfAnotherPublishedFormatIsRefusedBeforeAnythingStartsNamingTheRightOption(String asked, String file,
                                                                                         String looksLike, String option) {
        Run run = importing("--format=" + asked, file);
        assertThat(run.status()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith(file + " looks like a " + looksLike + " file")
                .endsWith("use --format=" + option);
        assertThat(run.out()).as("no import was started").isEmpty();
    }

    @Test
    void aLatin1FileReadAsUtf8IsRefusedBeforeAnythingStartsAndReadWhenItsEncodingIsGiven() throws IOException {
        String utf8 = Files.readString(Path.of("samples/events.2022.sample.tab"));
        assertThat(utf8).as("the sample names Andrés Manuel López Obrador").contains("Andrés Manuel López Obrador");
        Path latin1 = directory.resolve("events.2022.latin1.tab");
        Files.write(latin1, utf8.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        Run refused = importing("--format=icews", latin1.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo(latin1 + " is not UTF-8 (line 3): if it is Latin-1 or Windows-1252, "
                + "say so with --encoding=latin1 or --encoding=windows-1252");
        assertThat(refused.out()).as("no import was started").isEmpty();

        Run read = importing("--format=icews", "--encoding=latin1", latin1.toString());
        assertThat(read.status()).as(read.err()).isZero();
        assertThat(read.out()).contains("0 rejected");
    }

    @Test
    void anUnknownEncodingIsAUsageError() {
        Run run = importing("--format=icews", "--encoding=ebcdic", "samples/events.2022.sample.tab");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("unknown encoding 'ebcdic'").contains("ENCODING: utf-8 (the default), latin1");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstRowIsNotPartOfIt() throws IOException {
        Path marked = directory.resolve("20221221120000.export.CSV");
        byte[] rows = sampleRows();
        byte[] withMark = new byte[rows.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(rows, 0, withMark, 3, rows.length);
        Files.write(marked, withMark);
        Run run = importing("--format=gdelt-events", marked.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains(": 5 rows read").contains("0 already there, 0 rejected");
    }
}
