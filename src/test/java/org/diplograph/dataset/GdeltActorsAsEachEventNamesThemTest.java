package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * GDELT's actor columns as its codebook defines them: Actor1Code is the CAMEO code (a country, its roles, or roles
 * alone), Actor1Name the name in that event. An actor is what its code identifies (MEXGOV, the government of Mexico,
 * named from the code and never after one of its rows); a code of roles alone with no country (GOV, CRM, CVL) names
 * nobody and is an unidentified party of that kind; the event's own name stays on its party, and where it is the name
 * of a person the sources know in that country (PEDRO CASTILLO under PERGOV) the party is that person. The fixture is
 * one 15-minute Events file of 21 December 2022 in the published layout (61 tab-separated columns, no header),
 * zipped as GDELT serves it: Peru expels Mexico's ambassador, López Obrador criticising Lima, asylum for Castillo's
 * family, Zelensky in Washington coded only as "PRESIDENT", kidnappings and arrests in Mexico City.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:imports;DB_CLOSE_DELAY=-1")
class GdeltActorsAsEachEventNamesThemTest extends WriteTest {

    @TempDir
    Path directory;

    @Autowired
    EventImporter importer;

    private EventImporter.Outcome importFixture() throws IOException {
        Path zip = directory.resolve("20221221120000.export.CSV.zip");
        try (InputStream fixture = getClass().getResourceAsStream("/datasets/gdelt/20221221120000.export.CSV");
             OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            zipped.putNextEntry(new ZipEntry("20221221120000.export.CSV"));
            fixture.transferTo(zipped);
            zipped.closeEntry();
        }
        List<String> rejected = new ArrayList<>();
        EventImporter.Outcome outcome = importer.run(ImportFormat.GDELT_EVENTS, List.of(zip), StandardCharsets.UTF_8,
                ImportProgresses.rejectionsInto(rejected));
        assertThat(rejected).as("rejected rows").isEmpty();
        return outcome;
    }

    /**
     * Each of the fixture's events (other classes import other rows into this database), its sides as
     * "ROLE party 'name in the event'" and its summary line, by GLOBALEVENTID.
     */
    private Map<String, String> sidesByEvent() {
        List<Map<String, Object>> nodes = graphQl.document("""
                { actions(filter: {datasets: [GDELT], occurred: {from: "2022-12-21", to: "2022-12-21"}}, first: 100) {
                  nodes { summary record { eventId }
                    sides { role nameInSource party { __typename
                      ... on Actor { slug name } ... on Country { code } ... on UnidentifiedParty { code kind name } } } } } }""")
                .execute().path("actions.nodes").entityList(Object.class).get().stream()
                .map(node -> (Map<String, Object>) node).toList();
        Map<String, String> byEvent = new java.util.TreeMap<>();
        for (Map<String, Object> node : nodes) {
            StringBuilder line = new StringBuilder();
            for (Object side : (List<?>) node.get("sides")) {
                Map<?, ?> s = (Map<?, ?>) side;
                Map<?, ?> party = (Map<?, ?>) s.get("party");
                String who = switch ((String) party.get("__typename")) {
                    case "Actor" -> "actor " + party.get("slug") + " (" + party.get("name") + ")";
                    case "Country" -> "country " + party.get("code");
                    default -> "unidentified " + party.get("code") + " (" + party.get("kind") + ")";
                };
                line.append(s.get("role")).append(' ').append(who).append(" '").append(s.get("nameInSource"))
                        .append("'; ");
            }
            line.append(node.get("summary"));
            String eventId = (String) ((Map<?, ?>) node.get("record")).get("eventId");
            if (eventId.startsWith("10754000")) {
                byEvent.put(eventId, line.toString());
            }
        }
        return byEvent;
    }

    @Test
    void eachEventKeepsItsOwnNamesAndARoleOfNoCountryIsNobodyInParticular() throws IOException {
        EventImporter.Outcome outcome = importFixture();

        assertThat(outcome.run().rowsRead()).isEqualTo(11);
        assertThat(outcome.run().rowsImported() + outcome.run().rowsDuplicate()).as("imported, here or before").isEqualTo(11);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("1075400001", "ACTOR actor government-of-peru (Government of Peru) 'PERU'; "
                + "RECIPIENT actor government-of-mexico (Government of Mexico) 'MEXICO'; "
                + "PERU → Reduce or break diplomatic relations (161) → MEXICO");
        expected.put("1075400002", "ACTOR actor andres-manuel-lopez-obrador (Andres Manuel Lopez Obrador) "
                + "'ANDRES MANUEL LOPEZ OBRADOR'; RECIPIENT actor government-of-peru (Government of Peru) 'LIMA'; "
                + "ANDRES MANUEL LOPEZ OBRADOR → Criticize or denounce (111) → LIMA");
        expected.put("1075400003", "ACTOR actor government-of-mexico (Government of Mexico) 'PRESIDENT'; "
                + "RECIPIENT country PE 'PERU'; PRESIDENT → Grant asylum (075) → PERU");
        expected.put("1075400004", "ACTOR unidentified GOV (government) 'PRESIDENT'; "
                + "RECIPIENT country US 'UNITED STATES'; PRESIDENT → Make a visit (042) → UNITED STATES");
        expected.put("1075400005", "ACTOR unidentified GOV (government) 'PRESIDENT'; RECIPIENT country PE 'PERU'; "
                + "PRESIDENT → Express intent to meet or negotiate (036) → PERU");
        expected.put("1075400006", "ACTOR unidentified CRM (criminals) 'KIDNAPPER'; "
                + "RECIPIENT unidentified CVL (civilians) 'CIVILIAN'; "
                + "KIDNAPPER → Abduct, hijack, or take hostage (181) → CIVILIAN");
        expected.put("1075400007", "ACTOR unidentified CRM (criminals) 'GANG'; "
                + "RECIPIENT actor cameo-mexcop (Police (Mexico)) 'POLICE'; "
                + "GANG → Use conventional military force (190) → POLICE");
        expected.put("1075400008", "ACTOR actor cameo-mexcop (Police (Mexico)) 'POLICE'; "
                + "RECIPIENT unidentified CRM (criminals) 'KIDNAPPER'; "
                + "POLICE → Arrest, detain, or charge with legal action (173) → KIDNAPPER");
        expected.put("1075400009", "ACTOR actor cameo-uno (United Nations) 'UNITED NATIONS'; "
                + "RECIPIENT country PE 'PERU'; UNITED NATIONS → Make an appeal or request (020) → PERU");
        expected.put("1075400010", "ACTOR actor pedro-castillo (Pedro Castillo) 'PEDRO CASTILLO'; "
                + "RECIPIENT actor government-of-mexico (Government of Mexico) 'MEXICO'; "
                + "PEDRO CASTILLO → Make an appeal or request (020) → MEXICO");
        expected.put("1075400011", "ACTOR actor cameo-lam (Latin America) 'LATIN AMERICA'; "
                + "RECIPIENT country PE 'PERU'; LATIN AMERICA → Make optimistic comment (013) → PERU");
        assertThat(sidesByEvent()).containsExactlyInAnyOrderEntriesOf(expected);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM actor WHERE UPPER(name) IN ('PRESIDENT', 'KIDNAPPER', 'GANG', "
                + "'CIVILIAN', 'POLICE', 'LIMA', 'MEXICO', 'PERU')").query(Long.class).single())
                .as("no actor is named after one of its rows").isZero();
        assertThat(jdbc.sql("SELECT i.external_id FROM actor_identifier i JOIN actor a ON a.id = i.actor_id "
                        + "WHERE i.scheme = 'CAMEO' ORDER BY i.external_id").query(String.class).list())
                .as("the actors the codes identify, and no actor for a role of no country")
                .contains("LAM", "MEXCOP", "MEXGOV", "PERGOV", "UNO").doesNotContain("GOV", "CRM", "CVL");
    }

    @Test
    void anUnidentifiedPartyIsListedAmongTheActorsButCountsTowardsNoCountryOrActor() throws IOException {
        importFixture();

        graphQl.document("""
                { actions(filter: {datasets: [GDELT], eventCodes: ["181"]}) { nodes {
                    actors { __typename ... on UnidentifiedParty { code kind name } }
                    recipients { __typename ... on UnidentifiedParty { code kind name } } } } }""").execute()
                .path("actions.nodes[0].actors[0].__typename").entity(String.class).isEqualTo("UnidentifiedParty")
                .path("actions.nodes[0].actors[0].name").entity(String.class).isEqualTo("KIDNAPPER")
                .path("actions.nodes[0].recipients[0].kind").entity(String.class).isEqualTo("civilians");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_actor aa JOIN action_record r ON r.action_id = aa.action_id "
                + "WHERE r.event_key = '1075400006'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action_country ac JOIN action_record r ON r.action_id = ac.action_id "
                + "WHERE r.event_key = '1075400006'").query(Long.class).single()).isZero();
    }
}
