package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.diplograph.dataset.file.EventFiles.Rejection;
import org.diplograph.dataset.file.EventFiles;
import org.diplograph.dataset.polecat.PolecatEvent;
import org.diplograph.dataset.polecat.PolecatEventMapper;
import org.diplograph.dataset.polecat.PolecatJsonLines;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * POLECAT as it is published: the weekly tab-separated files under their 40-column header (the intensity column is
 * "Intensity"), and the JSON lines NGEC, its coder, writes (nested attributes and geolocation, the story's text, which
 * is not kept). The fixtures hold the same four events of 20–21 December 2022 in both forms — Zelenskyy in Washington,
 * Patriot aid to Ukraine, Peru expelling Mexico's ambassador, López Obrador accusing Boluarte — and both forms read
 * into the same events.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:imports;DB_CLOSE_DELAY=-1")
class PolecatAsPublishedTest extends WriteTest {

    /** The fixtures' events (other classes import other rows of those days into this database). */
    private static final java.util.Set<String> FIXTURE_EVENTS = java.util.Set.of("20221221-2214-7f1c2a9e0b31_CONSULT",
            "20221221-2230-0c9d4b7e6a12_AID", "20221220-1845-5b2e8c1d9f47_SANCTION", "20221220-1702-a41f03c8e2d5_ACCUSE");

    @TempDir
    Path directory;

    @Autowired
    EventImporter importer;

    private Path fixture(String name) throws IOException {
        Path file = directory.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/datasets/polecat/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    /** What both forms say of an event, as one line (the JSON records carry no titles or COW codes). */
    private static String said(PolecatEvent event) {
        return String.join(" | ", event.eventId(), event.eventDate().toString(), event.eventType(),
                String.valueOf(event.eventMode()), event.intensity().stripTrailingZeros().toPlainString(),
                String.join(",", event.contexts()), party(event.actor()), party(event.recipient()),
                event.placename(), event.country(), event.latitude() + "," + event.longitude(), event.source(),
                event.publicationDate(), event.language());
    }

    private static String party(PolecatEvent.PolecatParty party) {
        return party.name() + " (" + party.country() + ", " + String.join("+", party.sectors()) + ", "
                + party.wikipediaId() + ", raw " + party.nameRaw() + ")";
    }

    @Test
    void theWeeklyFileAndNgecsJsonLinesReadIntoTheSameEvents() throws IOException {
        List<PolecatEvent> fromTsv = new ArrayList<>();
        List<PolecatEvent> fromJson = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        EventFiles.readWithHeader(fixture("ngecEvents.DV.20221224.txt"), new PolecatEventMapper(), fromTsv::add,
                rejected::add);
        EventFiles.readLines(fixture("events_processed.20221224.jsonl"), StandardCharsets.UTF_8, new PolecatJsonLines(),
                (event, line) -> fromJson.add(event), rejected::add, new AtomicLong());

        assertThat(rejected).isEmpty();
        assertThat(fromTsv).hasSize(4);
        assertThat(fromJson.stream().map(PolecatAsPublishedTest::said))
                .containsExactlyElementsOf(fromTsv.stream().map(PolecatAsPublishedTest::said).toList());
        assertThat(said(fromTsv.get(0))).isEqualTo("20221221-2214-7f1c2a9e0b31_CONSULT | 2022-12-21 | CONSULT | visit"
                + " | 1 | diplomatic,military | Volodymyr Zelenskyy (UKR, GOV+ELI, Q3881980, raw Zelenskyy)"
                + " | Joe Biden (USA, GOV+ELI, Q6279, raw Biden) | Washington, D.C. | USA | 38.89511,-77.03637"
                + " | Example Wire | 2022-12-21 | en");
    }

    @Test
    void aJsonLineThatIsNoEventIsReportedByLineAndTheOthersAreRead() throws IOException {
        Path file = directory.resolve("events_processed.broken.jsonl");
        List<String> lines = Files.readAllLines(fixture("events_processed.20221224.jsonl"));
        Files.write(file, List.of(lines.get(0), "{\"id\": \"x\", \"event_type\": ", "[1, 2]",
                lines.get(1).replace("\"event_type\": \"AID\"", "\"event_type\": null")));
        List<Rejection> rejected = new ArrayList<>();
        List<PolecatEvent> read = new ArrayList<>();

        EventFiles.readLines(file, StandardCharsets.UTF_8, new PolecatJsonLines(), (event, line) -> read.add(event),
                rejected::add, new AtomicLong());

        assertThat(read).hasSize(1);
        assertThat(rejected).extracting(Rejection::line).containsExactly(2L, 3L, 4L);
        assertThat(rejected.get(0).reason()).startsWith("is not a JSON object (");
        assertThat(rejected.get(1).reason()).isEqualTo("is not a JSON object");
        assertThat(rejected.get(2).reason()).isEqualTo("column 'Event Type' is empty");
    }

    @Test
    void ngecsJsonLinesImportAsPloverCodedActionsFindingTheActorsTheSourcesName() throws IOException {
        Path file = fixture("events_processed.20221224.jsonl");
        List<String> rejected = new ArrayList<>();
        EventImporter.Outcome outcome = importer.run(ImportFormat.POLECAT, List.of(file), StandardCharsets.UTF_8,
                ImportProgresses.rejectionsInto(rejected));

        assertThat(rejected).isEmpty();
        assertThat(outcome.run().rowsRead()).isEqualTo(4);
        List<Map<String, Object>> nodes = graphQl.document("""
                { actions(filter: {datasets: [POLECAT], occurred: {from: "2022-12-20", to: "2022-12-21"}},
                          orderBy: {field: OCCURRED_ON, direction: ASC}, first: 20) {
                    nodes { summary eventCode { code } plover { type mode context } placeCountry { code }
                      record { eventId codedAs datasetIntensity publisher publishedOn language }
                      sides { role nameInSource party { __typename ... on Actor { slug name country { code } }
                        ... on Country { code } } } } } }""")
                .execute().path("actions.nodes").entityList(Object.class).get().stream()
                .map(node -> (Map<String, Object>) node)
                .filter(node -> FIXTURE_EVENTS.contains((String) ((Map<?, ?>) node.get("record")).get("eventId")))
                .toList();

        assertThat(nodes).extracting(node -> node.get("summary")).containsExactlyInAnyOrder(
                "Ana Cecilia Gervasi → SANCTION (PLOVER; CAMEO 16) → Pablo Monroy",
                "Andrés Manuel López Obrador → ACCUSE (PLOVER; CAMEO 11) → Dina Boluarte",
                "Volodymyr Zelenskyy → CONSULT (PLOVER; CAMEO 04) → Joe Biden",
                "Antony Blinken → AID (PLOVER; CAMEO 07) → Ukraine");
        Map<String, String> partiesByEvent = new java.util.TreeMap<>();
        for (Map<String, Object> node : nodes) {
            StringBuilder line = new StringBuilder();
            for (Object each : (List<?>) node.get("sides")) {
                Map<?, ?> side = (Map<?, ?>) each;
                Map<?, ?> party = (Map<?, ?>) side.get("party");
                line.append(side.get("role")).append(' ').append("Actor".equals(party.get("__typename"))
                        ? party.get("name") + " " + ((Map<?, ?>) party.get("country")).get("code")
                        : "country " + party.get("code")).append("; ");
            }
            Map<?, ?> record = (Map<?, ?>) node.get("record");
            line.append(record.get("codedAs")).append(" ").append(((Map<?, ?>) node.get("placeCountry")).get("code"))
                    .append(" ").append(record.get("publisher")).append(" ").append(record.get("publishedOn"));
            partiesByEvent.put((String) record.get("eventId"), line.toString());
        }
        assertThat(partiesByEvent).containsExactlyInAnyOrderEntriesOf(Map.of(
                "20221221-2214-7f1c2a9e0b31_CONSULT", "ACTOR Volodymyr Zelenskyy UA; RECIPIENT Joe Biden US; "
                        + "CONSULT/visit/diplomatic,military US Example Wire 2022-12-21",
                "20221221-2230-0c9d4b7e6a12_AID", "ACTOR Antony Blinken US; RECIPIENT country UA; "
                        + "AID/military/military US Example Wire 2022-12-21",
                "20221220-1845-5b2e8c1d9f47_SANCTION", "ACTOR Ana Cecilia Gervasi PE; "
                        + "RECIPIENT Pablo Monroy MX; SANCTION/expel/diplomatic PE Example Wire 2022-12-20",
                "20221220-1702-a41f03c8e2d5_ACCUSE", "ACTOR Andres Manuel Lopez Obrador MX; RECIPIENT Dina Boluarte PE; "
                        + "ACCUSE/pro_democracy MX Example Wire 2022-12-20"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_record WHERE dataset = 'POLECAT' AND publisher LIKE '%text%'")
                .query(Long.class).single()).as("the story's text is kept nowhere").isZero();
    }
}
