package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Event files of each data set go in as actions with their record, cited to the data set and never to text; broken
 * rows are reported and skipped; a second import of the same rows adds nothing; what went in is queried like the
 * article's facts.
 */
class EventImportTest extends WriteTest {

    @TempDir
    Path directory;

    @Autowired
    EventImporter importer;

    /** What an import reported while it ran. */
    private record Report(DatasetImport run, List<String> rejected, List<String> unreadable,
                          java.util.Map<String, Long> unknownCountries) {
    }

    private Report load(ImportFormat format, Path... files) {
        List<String> rejected = new ArrayList<>();
        EventImporter.Outcome outcome = importer.run(format, List.of(files), ImportProgresses.rejectionsInto(rejected));
        return new Report(outcome.run(), rejected, outcome.unreadableFiles(), outcome.unknownCountries());
    }

    private static String gdelt(long id) {
        String[] columns = GdeltEventsFileTest.ASYLUM.split("\t", -1);
        columns[0] = String.valueOf(id);
        return String.join("\t", columns);
    }

    private static String withColumns(String row, Object... indexAndValue) {
        String[] columns = row.split("\t", -1);
        for (int i = 0; i < indexAndValue.length; i += 2) {
            columns[(Integer) indexAndValue[i]] = (String) indexAndValue[i + 1];
        }
        return String.join("\t", columns);
    }

    private Path zipped(String name, String... lines) throws IOException {
        Path file = directory.resolve(name + ".zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    private Path plain(String name, String... lines) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private long count(String sql, Object... arguments) {
        return jdbc.sql(sql).params(Arrays.asList(arguments)).query(Long.class).single();
    }

    @Test
    void gdeltEventsBecomeActionsCitingTheirRecordAndBrokenRowsAreReportedByLine() throws IOException {
        String oneSided = withColumns(gdelt(900000002), 15, "", 16, "", 17, "", 22, "", 43, "0", 44, "", 45, "",
                46, "", 47, "", 48, "", 49, "", 50, "");
        String chile = withColumns(gdelt(900000003), 15, "CHL", 16, "CHILE", 17, "CHL", 22, "", 26, "042", 27, "042",
                28, "04", 29, "1", 30, "1.9", 52, "Santiago, Region Metropolitana, Chile", 53, "CI", 54, "CI12");
        Path file = zipped("20221222031500.export.CSV",
                gdelt(900000001), oneSided, "900000099\ttoo few columns", chile,
                withColumns(gdelt(900000004), 26, "9999"), gdelt(900000001));

        Report report = load(ImportFormat.GDELT_EVENTS, file);

        assertThat(report.unreadable()).isEmpty();
        assertThat(report.run().status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.run().rowsRead()).isEqualTo(6);
        assertThat(report.run().rowsImported()).isEqualTo(3);
        assertThat(report.run().rowsDuplicate()).as("the repeated event id").isEqualTo(1);
        assertThat(report.run().rowsRejected()).isEqualTo(2);
        assertThat(report.rejected()).hasSize(2).allMatch(line -> line.startsWith("20221222031500.export.CSV.zip:"));
        assertThat(report.rejected().get(0)).startsWith("20221222031500.export.CSV.zip:3: has 2 columns");
        assertThat(report.rejected().get(1)).isEqualTo(
                "20221222031500.export.CSV.zip:5: event code '9999' is not in the CAMEO taxonomy");

        String asylum = """
                { actions(filter: {datasets: [GDELT], eventCodes: ["0874"]}) { totalCount nodes {
                    dataset source { id } evidence { id } summary placeCountry { code } occurred { date precision }
                    actors { ... on Actor { slug } ... on Country { code } }
                    recipients { ... on Actor { slug } ... on Country { code } }
                    record { dataset eventId file line codedAs datasetIntensity sourceUrl mentionCount averageTone
                             latitude addedAt import { id status } } } } }""";
        var answer = graphQl.document(asylum).execute();
        answer.path("actions.totalCount").entity(Integer.class).isEqualTo(2);
        answer.path("actions.nodes[0].dataset").entity(String.class).isEqualTo("GDELT");
        answer.path("actions.nodes[0].source").valueIsNull();
        answer.path("actions.nodes[0].evidence").entityList(Object.class).hasSize(0);
        answer.path("actions.nodes[0].actors[0].slug").entity(String.class)
                .isEqualTo("government-of-mexico");
        answer.path("actions.nodes[0].recipients[0].slug").entity(String.class).isEqualTo("government-of-peru");
        answer.path("actions.nodes[0].placeCountry.code").entity(String.class).isEqualTo("PE");
        answer.path("actions.nodes[0].record.eventId").entity(String.class).isEqualTo("900000001");
        answer.path("actions.nodes[0].record.file").entity(String.class).isEqualTo("20221222031500.export.CSV.zip");
        answer.path("actions.nodes[0].record.line").entity(Integer.class).isEqualTo(1);
        answer.path("actions.nodes[0].record.sourceUrl").entity(String.class)
                .isEqualTo("https://news.example.org/mexico-peru");
        answer.path("actions.nodes[0].record.codedAs").entity(String.class).isEqualTo("0874");
        answer.path("actions.nodes[0].record.mentionCount").entity(Integer.class).isEqualTo(12);
        answer.path("actions.nodes[0].record.addedAt").entity(String.class).isEqualTo("2022-12-22T03:15:00.000Z");
        answer.path("actions.nodes[0].record.import.status").entity(String.class).isEqualTo("COMPLETED");
        answer.path("actions.nodes[1].recipients").entityList(Object.class).hasSize(0);

        graphQl.document("""
                { actions(filter: {datasets: [GDELT], recipientCountries: ["CL"]}) { nodes { placeCountry { code }
                    recipients { ... on Country { code } } eventCode { code } } } }""").execute()
                .path("actions.nodes[0].placeCountry.code").entity(String.class).isEqualTo("CL")
                .path("actions.nodes[0].recipients[0].code").entity(String.class)
                .isEqualTo("CL")
                .path("actions.nodes[0].eventCode.code").entity(String.class).isEqualTo("042");
    }

    @Test
    void importingTheSameRowsAgainAddsNothing() throws IOException {
        Path file = plain("again.export.CSV", gdelt(910000001), gdelt(910000002));
        load(ImportFormat.GDELT_EVENTS, file);
        long actions = count("SELECT COUNT(*) FROM action");
        long dayTotals = count("SELECT SUM(action_count) FROM action_day_totals WHERE scope = 'all'");

        Report again = load(ImportFormat.GDELT_EVENTS, file);

        assertThat(again.run().rowsImported()).isZero();
        assertThat(again.run().rowsDuplicate()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM action")).isEqualTo(actions);
        assertThat(count("SELECT SUM(action_count) FROM action_day_totals WHERE scope = 'all'")).isEqualTo(dayTotals);
    }

    @Test
    void importedEventsCountInTheRelationAndItsAggregates() throws IOException {
        String before = graphQl.document("{ relation(between: [\"MX\", \"PE\"]) { summary { eventCount } } }")
                .execute().path("relation.summary.eventCount").entity(String.class).get();
        String counts = """
                { actionCounts(filter: {between: ["MX", "PE"], datasets: [GDELT]}, groupBy: CODE) { eventCode { code }
                  count } }""";
        List<Integer> asylums = graphQl.document(counts).execute()
                .path("actionCounts[?(@.eventCode.code == '0874')].count").entityList(Integer.class).get();
        int asylumsBefore = asylums.isEmpty() ? 0 : asylums.get(0);
        load(ImportFormat.GDELT_EVENTS, plain("relation.export.CSV", gdelt(920000001), gdelt(920000002)));

        graphQl.document("{ relation(between: [\"MX\", \"PE\"]) { summary { eventCount } } }").execute()
                .path("relation.summary.eventCount").entity(Integer.class).isEqualTo(Integer.parseInt(before) + 2);
        graphQl.document(counts).execute()
                .path("actionCounts[?(@.eventCode.code == '0874')].count").entityList(Integer.class)
                .containsExactly(asylumsBefore + 2);
    }

    @Test
    void gdeltMentionsAttachLocatorsToTheirImportedEvent() throws IOException {
        load(ImportFormat.GDELT_EVENTS, plain("mentioned.export.CSV", gdelt(930000001)));
        String mention = GdeltMentionsAndActorCodesTest.MENTION.replaceFirst("^\\d+", "930000001");
        String orphan = GdeltMentionsAndActorCodesTest.MENTION.replaceFirst("^\\d+", "930000999");

        Report report = load(ImportFormat.GDELT_MENTIONS, plain("x.mentions.CSV", mention, orphan, mention));

        assertThat(report.run().rowsImported()).isEqualTo(1);
        assertThat(report.run().rowsDuplicate()).isEqualTo(1);
        assertThat(report.rejected()).as("a mention of an event of an earlier file is real GDELT, not a broken row")
                .isEmpty();
        assertThat(report.run().rowsRejected()).isZero();
        assertThat(report.run().rowsWithoutEvent()).isEqualTo(1);
        graphQl.document("query($id: ID!) { node(id: $id) { ... on DatasetImport { rowsWithoutEvent rowsRejected } } }")
                .variable("id", report.run().id()).execute()
                .path("node.rowsWithoutEvent").entity(Double.class).isEqualTo(1.0)
                .path("node.rowsRejected").entity(Double.class).isEqualTo(0.0);
        graphQl.document("""
                { actions(filter: {datasets: [GDELT]}, first: 100) { nodes { record { eventId }
                  mentions { identifier sentenceNumber actor1Offset actor2Offset actionOffset confidence } } } }""")
                .execute()
                .path("actions.nodes[?(@.record.eventId == '930000001')].mentions[0].identifier")
                .entityList(String.class).containsExactly("https://news.example.org/mexico-peru")
                .path("actions.nodes[?(@.record.eventId == '930000001')].mentions[0].actor2Offset")
                .entityList(Object.class).hasSize(1);
    }

    @Test
    void icewsRowsAreKeyedByIdAndDateAndTheirNamesFindTheSeedsActors() throws IOException {
        String nextDay = IcewsAndPolecatFilesTest.ICEWS_ROW.replace("2022-12-21", "2022-12-22");
        String unknownCountry = IcewsAndPolecatFilesTest.ICEWS_ROW.replace("\tPeru\t48120933", "\tAtlantis\t48120933");
        Report report = load(ImportFormat.ICEWS, plain("icews.tab", IcewsAndPolecatFilesTest.ICEWS_HEADER,
                IcewsAndPolecatFilesTest.ICEWS_ROW, nextDay, unknownCountry, IcewsAndPolecatFilesTest.ICEWS_ROW));

        assertThat(report.run().rowsImported()).as("the same id on another day is another event").isEqualTo(2);
        assertThat(report.run().rowsDuplicate()).as("a country no code book names keeps its row, here a repeat")
                .isEqualTo(2);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.unknownCountries()).containsExactlyEntriesOf(java.util.Map.of("Target Country 'Atlantis'", 1L));
        graphQl.document("""
                { actions(filter: {datasets: [ICEWS]}) { nodes { actors { ... on Actor { slug } }
                  recipients { ... on Actor { slug } } record { eventId storyId sentenceNumber publisher } } } }""")
                .execute()
                .path("actions.nodes[0].actors[0].slug").entity(String.class)
                .isEqualTo("andres-manuel-lopez-obrador")
                .path("actions.nodes[0].recipients[0].slug").entity(String.class).isEqualTo("pedro-castillo")
                .path("actions.nodes[0].record.eventId").entity(String.class).isEqualTo("27411001/2022-12-21")
                .path("actions.nodes[0].record.storyId").entity(String.class).isEqualTo("48120933")
                .path("actions.nodes[0].record.publisher").entity(String.class).isEqualTo("Reuters");
    }

    @Test
    void polecatEventsKeepTheirPloverCodingUnderTheMatchingCameoRoot() throws IOException {
        Report report = load(ImportFormat.POLECAT, plain("polecat.tsv", IcewsAndPolecatFilesTest.POLECAT_HEADER,
                IcewsAndPolecatFilesTest.POLECAT_ROW,
                IcewsAndPolecatFilesTest.POLECAT_ROW.replace("20221221-MX-0001\t2022-12-21\tCONSULT",
                        "20221221-MX-0002\t2022-12-21\tGOSSIP")));

        assertThat(report.run().rowsImported()).isEqualTo(1);
        assertThat(report.rejected()).containsExactly("polecat.tsv:3: Event Type 'GOSSIP' is not a PLOVER event type");
        graphQl.document("""
                { actions(filter: {datasets: [POLECAT]}) { nodes { eventCode { code } plover { type mode context }
                  actors { ... on Actor { slug identifiers { scheme value } } }
                  recipients { ... on Actor { slug } }
                  record { codedAs datasetIntensity } } } }""").execute()
                .path("actions.nodes[0].eventCode.code").entity(String.class).isEqualTo("04")
                .path("actions.nodes[0].plover.type").entity(String.class).isEqualTo("CONSULT")
                .path("actions.nodes[0].plover.mode").entity(String.class).isEqualTo("visit")
                .path("actions.nodes[0].record.codedAs").entity(String.class)
                .isEqualTo("CONSULT/visit/diplomatic,political")
                .path("actions.nodes[0].actors[0].slug").entity(String.class).isEqualTo("marcelo-ebrard")
                .path("actions.nodes[0].actors[0].identifiers[*].value").entityList(String.class)
                .containsExactly("Q348920");
    }

    @Test
    void anImportIsAuditedOncePerChunkAndRetractingItRetractsWhatItBroughtIn() throws IOException {
        Report report = load(ImportFormat.GDELT_EVENTS, plain("retracted.export.CSV", gdelt(940000001)));
        String id = report.run().id();
        long live = count("SELECT COUNT(*) FROM action WHERE retracted_at IS NULL");

        graphQl.document("{ node(id: \"" + id + "\") { ... on DatasetImport { status rowsImported revisions { operation "
                + "changedBy: change { by } } } } }").execute()
                .path("node.status").entity(String.class).isEqualTo("COMPLETED")
                .path("node.revisions[0].operation").entity(String.class).isEqualTo("RECORD")
                .path("node.revisions[0].changedBy.by").entity(String.class).isEqualTo("importer");
        writer.document("mutation($id: ID!) { retractFact(input: {id: $id, reason: \"test import\", expectedVersion: "
                        + report.run().version() + "}) { userErrors { message } } }")
                .variable("id", id).execute().path("retractFact.userErrors").entityList(Object.class).hasSize(0);

        assertThat(count("SELECT COUNT(*) FROM action WHERE retracted_at IS NULL")).isEqualTo(live - 1);
    }

    @Test
    void aWrongFormatIsAUsageErrorAndAFileThatCannotBeOpenedFailsTheImport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int usage = ImportCommand.run(org.diplograph.DiplographApplication.class, new String[] {"--format=cameo"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(usage).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format 'cameo'").contains("usage:");

        Report missing = load(ImportFormat.GDELT_EVENTS, directory.resolve("absent.export.CSV"));
        assertThat(missing.unreadable()).singleElement().asString().startsWith("absent.export.CSV");
        assertThat(missing.run().status()).isEqualTo(ImportStatus.FAILED);
    }

    @Test
    void theCommandRefusesAFileThatIsNotThereBeforeStartingAndRecordsNoImport() {
        long imports = count("SELECT COUNT(*) FROM dataset_import");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ImportCommand.run(org.diplograph.DiplographApplication.class, new String[] {"--format=gdelt-events",
                        directory.resolve("20221222031500.export.CSV.zip").toString(), directory.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "no such file: " + directory.resolve("20221222031500.export.CSV.zip"), "not a file: " + directory);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM dataset_import")).isEqualTo(imports);
    }
}
