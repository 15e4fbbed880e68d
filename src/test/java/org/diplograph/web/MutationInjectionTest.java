package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Injection strings sent with a valid write key, into every text field of every mutation, so they reach validation
 * and SQL. Free text is stored and read back exactly as sent, and no table loses a row; a field that names something
 * (a slug, a country code, an event code, a URL, a language, a quotation that must be verbatim) refuses the string
 * with its user error, and nothing is written.
 */
class MutationInjectionTest extends WriteTest {

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "\"; DROP TABLE actor; --",
            "') UNION SELECT slug FROM actor --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}");
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /**
     * One text field of one mutation.
     *
     * @param input       the mutation's input with the injection in that field (the test and a unique number given)
     * @param readBack    the selection on the written fact's type that returns the field, or null when refused
     * @param refusedWith the user error code when the field names something, else null
     */
    record Field(String name, String mutation, String payload, String type,
                 BiFunction<MutationInjectionTest, String, Map<String, Object>> input, String readBack, String refusedWith) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Case(Field field, String injection) {
        @Override
        public String toString() {
            return field.name() + ": " + injection;
        }
    }

    static Stream<Case> injections() {
        List<Field> fields = List.of(
                stored("recordSource.headline", "recordSource", "RecordSourceInput", "source", "Source",
                        (t, s) -> t.source(Map.of("headline", s)), "headline"),
                stored("recordSource.outlet", "recordSource", "RecordSourceInput", "source", "Source",
                        (t, s) -> t.source(Map.of("outlet", s)), "outlet"),
                stored("recordSource.photoCredit", "recordSource", "RecordSourceInput", "source", "Source",
                        (t, s) -> t.source(Map.of("photoCredit", s)), "photoCredit"),
                stored("recordSource.dateline", "recordSource", "RecordSourceInput", "source", "Source",
                        (t, s) -> t.source(Map.of("dateline", s)), "dateline"),
                refused("recordSource.slug", "recordSource", "RecordSourceInput", (t, s) -> t.source(Map.of("slug", s)), "INVALID"),
                refused("recordSource.url", "recordSource", "RecordSourceInput", (t, s) -> t.source(Map.of("url", s)), "INVALID"),
                refused("recordSource.language", "recordSource", "RecordSourceInput", (t, s) -> t.source(Map.of("language", s)),
                        "INVALID"),
                stored("correctSource.headline", "correctSource", "CorrectSourceInput", "source", "Source",
                        (t, s) -> t.correction(t.recordedSource(), Map.of("headline", s)), "headline"),
                stored("recordActor.name", "recordActor", "RecordActorInput", "actor", "Actor",
                        (t, s) -> t.actor(Map.of("name", s)), "name"),
                stored("recordActor.description", "recordActor", "RecordActorInput", "actor", "Actor",
                        (t, s) -> t.actor(Map.of("description", s)), "description"),
                refused("recordActor.slug", "recordActor", "RecordActorInput", (t, s) -> t.actor(Map.of("slug", s)), "INVALID"),
                refused("recordActor.country", "recordActor", "RecordActorInput", (t, s) -> t.actor(Map.of("country", s)),
                        "INVALID"),
                refused("recordActor.aliases.text", "recordActor", "RecordActorInput",
                        (t, s) -> t.actor(Map.of("aliases", List.of(Map.of("text", s, "evidence", t.sentenceId(3))))),
                        "NOT_IN_SOURCE"),
                stored("correctActor.name", "correctActor", "CorrectActorInput", "actor", "Actor",
                        (t, s) -> t.correction(t.recordedActor(), Map.of("name", s)), "name"),
                stored("correctActor.description", "correctActor", "CorrectActorInput", "actor", "Actor",
                        (t, s) -> t.correction(t.recordedActor(), Map.of("description", s)), "description"),
                stored("recordActorRole.title", "recordActorRole", "RecordActorRoleInput", "role", "ActorRole",
                        (t, s) -> t.role(Map.of("title", s)), "title"),
                refused("recordActorRole.country", "recordActorRole", "RecordActorRoleInput",
                        (t, s) -> t.role(Map.of("country", s)), "INVALID"),
                refused("recordActorRole.accreditedTo", "recordActorRole", "RecordActorRoleInput",
                        (t, s) -> t.role(Map.of("accreditedTo", s)), "INVALID"),
                refused("recordStatement.content", "recordStatement", "RecordStatementInput",
                        (t, s) -> t.statement(Map.of("content", s)), "NOT_IN_SOURCE"),
                stored("recordStatement.said.wording", "recordStatement", "RecordStatementInput", "statement", "Statement",
                        (t, s) -> t.statement(Map.of("said", Map.of("date", "2022-12-20", "wording", s))), "said { wording }"),
                stored("recordAction.summary", "recordAction", "RecordActionInput", "action", "Action",
                        (t, s) -> t.action(Map.of("summary", s)), "summary"),
                stored("recordAction.details", "recordAction", "RecordActionInput", "action", "Action",
                        (t, s) -> t.action(Map.of("details", s)), "details"),
                stored("recordAction.place", "recordAction", "RecordActionInput", "action", "Action",
                        (t, s) -> t.action(Map.of("place", s)), "place"),
                refused("recordAction.eventCode", "recordAction", "RecordActionInput",
                        (t, s) -> t.action(Map.of("eventCode", s)), "UNKNOWN_CODE"),
                refused("recordAction.placeCountry", "recordAction", "RecordActionInput",
                        (t, s) -> t.action(Map.of("placeCountry", s)), "INVALID"),
                stored("correctAction.summary", "correctAction", "CorrectActionInput", "action", "Action",
                        (t, s) -> t.correction(t.recordedAction(), Map.of("summary", s)), "summary"),
                stored("recordFigure.counted", "recordFigure", "RecordFigureInput", "figure", "Figure",
                        (t, s) -> t.figure(Map.of("counted", s)), "counted"),
                refused("recordFigure.wording", "recordFigure", "RecordFigureInput", (t, s) -> t.figure(Map.of("wording", s)),
                        "NOT_IN_SOURCE"),
                refused("recordFigure.aboutCountry", "recordFigure", "RecordFigureInput",
                        (t, s) -> t.figure(Map.of("aboutCountry", s)), "INVALID"),
                stored("retractFact.reason", "retractFact", "RetractFactInput", "fact", "Action",
                        (t, s) -> Map.of("id", t.recordedAction(), "expectedVersion", 1, "reason", s), "retraction { reason }"));
        return fields.stream().flatMap(field -> INJECTIONS.stream().map(injection -> new Case(field, injection)));
    }

    private static Field stored(String name, String mutation, String inputType, String payload, String type,
                                BiFunction<MutationInjectionTest, String, Map<String, Object>> input, String readBack) {
        return new Field(name, "mutation($input: %s!) { %s(input: $input) { %s { id } userErrors { field code } } }"
                .formatted(inputType, mutation, payload), payload, type, input, readBack, null);
    }

    private static Field refused(String name, String mutation, String inputType,
                                 BiFunction<MutationInjectionTest, String, Map<String, Object>> input, String code) {
        return new Field(name, "mutation($input: %s!) { %s(input: $input) { userErrors { field code } } }"
                .formatted(inputType, mutation), null, null, input, null, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("injections")
    void isStoredVerbatimOrRefusedAsTheFieldDemands(Case injected) {
        Field field = injected.field();
        Map<String, Object> input = field.input().apply(this, injected.injection());
        String mutation = field.mutation().substring(field.mutation().indexOf('{') + 2).split("\\(")[0];
        GraphQlTester.Request<?> request = writer.document(field.mutation()).variable("input", input);
        if (field.refusedWith() != null) {
            expectUserErrors(request, mutation, field.refusedWith());
            return;
        }
        Map<String, String> before = fingerprint();
        GraphQlTester.Response response = request.execute();
        response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
        String id = response.path(mutation + "." + field.payload() + ".id").entity(String.class).get();
        String selection = field.readBack();
        String readPath = "node." + String.join(".", selection.replaceAll("[{}]", " ").trim().split("\\s+"));
        graphQl.document("query($id: ID!) { node(id: $id) { ... on %s { %s } } }".formatted(field.type(), selection))
                .variable("id", id).execute()
                .path(readPath).entity(String.class).isEqualTo(injected.injection());
        Map<String, String> after = fingerprint();
        assertThat(after.keySet()).as("no table dropped or added").isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(rowCount(after.get(table))).as("rows of %s", table)
                .isGreaterThanOrEqualTo(rowCount(rows)));
    }

    private static int rowCount(String fingerprint) {
        return Integer.parseInt(fingerprint.substring(0, fingerprint.indexOf(':')));
    }

    private static String unique() {
        return "injection-" + UNIQUE.incrementAndGet();
    }

    Map<String, Object> source(Map<String, Object> override) {
        Map<String, Object> input = new HashMap<>(Map.of("slug", unique(), "headline", "A headline",
                "published", Map.of("date", "2022-12-16"), "text", "Lima: A report was filed. Nobody was hurt."));
        input.putAll(override);
        return input;
    }

    Map<String, Object> actor(Map<String, Object> override) {
        Map<String, Object> input = new HashMap<>(Map.of("slug", unique(), "kind", "PERSON", "name", "A Name",
                "description", "A description", "firstMention", sentenceId(3), "aliases", List.of()));
        input.putAll(override);
        return input;
    }

    Map<String, Object> role(Map<String, Object> override) {
        Map<String, Object> input = new HashMap<>(Map.of("actor", actorId("pedro-castillo"), "title", "A title",
                "evidence", sentenceId(17)));
        input.putAll(override);
        return input;
    }

    Map<String, Object> statement(Map<String, Object> override) {
        Map<String, Object> input = new HashMap<>(Map.of("speaker", actorId("pablo-monroy"), "mode", "PARAPHRASE",
                "content", "Mexico", "said", Map.of("date", "2022-12-20"), "evidence", sentenceId(1)));
        input.putAll(override);
        return input;
    }

    Map<String, Object> action(Map<String, Object> override) {
        Map<String, Object> input = new HashMap<>(Map.of("summary", "A visit", "eventCode", "043",
                "actors", List.of(actorId("gabriel-boric")), "occurred", Map.of(), "evidence", List.of(sentenceId(1))));
        input.putAll(override);
        return input;
    }

    Map<String, Object> figure(Map<String, Object> override) {
        Map<String, Object> input = new HashMap<>(Map.of("kind", "DEATHS", "counted", "people killed", "quantity", 21,
                "exactness", "EXACT", "wording", "21 people", "aboutCountry", "PE", "evidence", sentenceId(21)));
        input.putAll(override);
        return input;
    }

    Map<String, Object> correction(String id, Map<String, Object> change) {
        Map<String, Object> input = new HashMap<>(Map.of("id", id, "expectedVersion", 1));
        input.putAll(change);
        return input;
    }

    private String recordedId(String mutation, String inputType, String payload, Map<String, Object> input) {
        List<String> path = new ArrayList<>(List.of(mutation, payload, "id"));
        return writer.document("mutation($input: %s!) { %s(input: $input) { %s { id } } }".formatted(inputType, mutation, payload))
                .variable("input", input).execute().path(String.join(".", path)).entity(String.class).get();
    }

    String recordedSource() {
        return recordedId("recordSource", "RecordSourceInput", "source", source(Map.of()));
    }

    String recordedActor() {
        return recordedId("recordActor", "RecordActorInput", "actor", actor(Map.of()));
    }

    String recordedAction() {
        return recordedId("recordAction", "RecordActionInput", "action", action(Map.of()));
    }
}
