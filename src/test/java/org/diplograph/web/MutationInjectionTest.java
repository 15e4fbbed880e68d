package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.diplograph.support.DatabaseFingerprint;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Injection strings sent with a valid write key, into every free-text and naming field of every mutation, corrections
 * included, so they reach validation and SQL. Free text is stored and read back exactly as sent, and the write changes
 * exactly what it should: one row of its fact's table (added, or replaced by its new version) holding the string, one
 * revision, the tables the fact's links and roll-ups live in, and no other table at all — an injected statement that
 * touched any other row would show. A field that names something (a slug, a country code, an event code, a URL, a
 * language, a quotation that must be verbatim) refuses the string with its user error on that field, and nothing is
 * written.
 */
class MutationInjectionTest extends WriteTest {

    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "\"; DROP TABLE actor; --",
            "') UNION SELECT slug FROM actor --", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}");
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /**
     * A mutation and what it may write: its fact's table (one row added or replaced) and the tables of the fact's
     * links, derived rows and history.
     */
    record Mutation(String name, String inputType, String payload, String type, String factTable, boolean replaces,
                    Set<String> alsoWrites) {
    }

    private static final Set<String> ACTION_LINKS = Set.of("action_party", "action_evidence", "action_country",
            "action_actor", "action_day_totals", "action_code_totals");
    private static final Mutation RECORD_SOURCE = new Mutation("recordSource", "RecordSourceInput", "source", "Source",
            "source", false, Set.of("sentence"));
    private static final Mutation CORRECT_SOURCE = new Mutation("correctSource", "CorrectSourceInput", "source", "Source",
            "source", true, Set.of());
    private static final Mutation RECORD_ACTOR = new Mutation("recordActor", "RecordActorInput", "actor", "Actor",
            "actor", false, Set.of("actor_alias"));
    private static final Mutation CORRECT_ACTOR = new Mutation("correctActor", "CorrectActorInput", "actor", "Actor",
            "actor", true, Set.of());
    private static final Mutation RECORD_ROLE = new Mutation("recordActorRole", "RecordActorRoleInput", "role",
            "ActorRole", "actor_role", false, Set.of());
    private static final Mutation CORRECT_ROLE = new Mutation("correctActorRole", "CorrectActorRoleInput", "role",
            "ActorRole", "actor_role", true, Set.of());
    private static final Mutation RECORD_STATEMENT = new Mutation("recordStatement", "RecordStatementInput", "statement",
            "Statement", "statement", false, Set.of("statement_audience", "statement_subject"));
    private static final Mutation CORRECT_STATEMENT = new Mutation("correctStatement", "CorrectStatementInput",
            "statement", "Statement", "statement", true, Set.of("statement_audience", "statement_subject"));
    private static final Mutation RECORD_ACTION = new Mutation("recordAction", "RecordActionInput", "action", "Action",
            "action", false, ACTION_LINKS);
    private static final Mutation CORRECT_ACTION = new Mutation("correctAction", "CorrectActionInput", "action", "Action",
            "action", true, ACTION_LINKS);
    private static final Mutation RECORD_FIGURE = new Mutation("recordFigure", "RecordFigureInput", "figure", "Figure",
            "figure", false, Set.of());
    private static final Mutation CORRECT_FIGURE = new Mutation("correctFigure", "CorrectFigureInput", "figure", "Figure",
            "figure", true, Set.of());
    private static final Mutation RETRACT = new Mutation("retractFact", "RetractFactInput", "fact", "Action", "action",
            true, ACTION_LINKS);

    /**
     * One field of one mutation.
     *
     * @param input      the mutation's input with the injection in that field
     * @param readBack   the selection on the written fact's type that returns the field; null when it is refused
     * @param refusedAt  the user error's field path when the field names something, else null
     * @param refusedAs  that user error's code
     */
    record Field(String name, Mutation mutation, BiFunction<MutationInjectionTest, String, Map<String, Object>> input,
                 String readBack, List<String> refusedAt, String refusedAs) {
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
                stored("recordSource.headline", RECORD_SOURCE, (t, s) -> t.source(Map.of("headline", s)), "headline"),
                stored("recordSource.outlet", RECORD_SOURCE, (t, s) -> t.source(Map.of("outlet", s)), "outlet"),
                stored("recordSource.photoCredit", RECORD_SOURCE, (t, s) -> t.source(Map.of("photoCredit", s)), "photoCredit"),
                stored("recordSource.dateline", RECORD_SOURCE, (t, s) -> t.source(Map.of("dateline", s)), "dateline"),
                stored("recordSource.text", RECORD_SOURCE, (t, s) -> t.source(Map.of("text", s)), "text"),
                stored("recordSource.published.wording", RECORD_SOURCE,
                        (t, s) -> t.source(Map.of("published", Map.of("date", "2022-12-16", "wording", s))),
                        "published { wording }"),
                refused("recordSource.slug", RECORD_SOURCE, (t, s) -> t.source(Map.of("slug", s)), "INVALID", "slug"),
                refused("recordSource.url", RECORD_SOURCE, (t, s) -> t.source(Map.of("url", s)), "INVALID", "url"),
                refused("recordSource.language", RECORD_SOURCE, (t, s) -> t.source(Map.of("language", s)), "INVALID",
                        "language"),
                stored("correctSource.headline", CORRECT_SOURCE,
                        (t, s) -> t.correction(t.recordedSource(), Map.of("headline", s)), "headline"),
                stored("correctSource.outlet", CORRECT_SOURCE,
                        (t, s) -> t.correction(t.recordedSource(), Map.of("outlet", s)), "outlet"),
                stored("correctSource.photoCredit", CORRECT_SOURCE,
                        (t, s) -> t.correction(t.recordedSource(), Map.of("photoCredit", s)), "photoCredit"),
                stored("correctSource.dateline", CORRECT_SOURCE,
                        (t, s) -> t.correction(t.recordedSource(), Map.of("dateline", s)), "dateline"),
                refused("correctSource.url", CORRECT_SOURCE,
                        (t, s) -> t.correction(t.recordedSource(), Map.of("url", s)), "INVALID", "url"),
                stored("recordActor.name", RECORD_ACTOR, (t, s) -> t.actor(Map.of("name", s)), "name"),
                stored("recordActor.description", RECORD_ACTOR, (t, s) -> t.actor(Map.of("description", s)), "description"),
                refused("recordActor.slug", RECORD_ACTOR, (t, s) -> t.actor(Map.of("slug", s)), "INVALID", "slug"),
                refused("recordActor.country", RECORD_ACTOR, (t, s) -> t.actor(Map.of("country", s)), "INVALID", "country"),
                refused("recordActor.aliases.text", RECORD_ACTOR,
                        (t, s) -> t.actor(Map.of("aliases", List.of(Map.of("text", s, "evidence", t.sentenceId(3))))),
                        "NOT_IN_SOURCE", "aliases", "0", "text"),
                stored("correctActor.name", CORRECT_ACTOR, (t, s) -> t.correction(t.recordedActor(), Map.of("name", s)), "name"),
                stored("correctActor.description", CORRECT_ACTOR,
                        (t, s) -> t.correction(t.recordedActor(), Map.of("description", s)), "description"),
                refused("correctActor.country", CORRECT_ACTOR,
                        (t, s) -> t.correction(t.recordedActor(), Map.of("country", s)), "INVALID", "country"),
                stored("recordActorRole.title", RECORD_ROLE, (t, s) -> t.role(Map.of("title", s)), "title"),
                stored("recordActorRole.started.wording", RECORD_ROLE,
                        (t, s) -> t.role(Map.of("started", Map.of("date", "2021-07-28", "wording", s))), "started { wording }"),
                refused("recordActorRole.country", RECORD_ROLE, (t, s) -> t.role(Map.of("country", s)), "INVALID", "country"),
                refused("recordActorRole.accreditedTo", RECORD_ROLE, (t, s) -> t.role(Map.of("accreditedTo", s)), "INVALID",
                        "accreditedTo"),
                stored("correctActorRole.title", CORRECT_ROLE,
                        (t, s) -> t.correction(t.recordedRole(), Map.of("title", s)), "title"),
                refused("correctActorRole.country", CORRECT_ROLE,
                        (t, s) -> t.correction(t.recordedRole(), Map.of("country", s)), "INVALID", "country"),
                refused("recordStatement.content", RECORD_STATEMENT, (t, s) -> t.statement(Map.of("content", s)),
                        "NOT_IN_SOURCE", "content"),
                stored("recordStatement.said.wording", RECORD_STATEMENT,
                        (t, s) -> t.statement(Map.of("said", Map.of("date", "2022-12-20", "wording", s))), "said { wording }"),
                stored("correctStatement.said.wording", CORRECT_STATEMENT,
                        (t, s) -> t.correction(t.recordedStatement(), Map.of("said", Map.of("date", "2022-12-20", "wording", s))),
                        "said { wording }"),
                refused("correctStatement.content", CORRECT_STATEMENT,
                        (t, s) -> t.correction(t.recordedStatement(), Map.of("content", s)), "NOT_IN_SOURCE", "content"),
                stored("recordAction.summary", RECORD_ACTION, (t, s) -> t.action(Map.of("summary", s)), "summary"),
                stored("recordAction.details", RECORD_ACTION, (t, s) -> t.action(Map.of("details", s)), "details"),
                stored("recordAction.place", RECORD_ACTION, (t, s) -> t.action(Map.of("place", s)), "place"),
                stored("recordAction.occurred.wording", RECORD_ACTION,
                        (t, s) -> t.action(Map.of("occurred", Map.of("wording", s))), "occurred { wording }"),
                stored("recordAction.plover.mode", RECORD_ACTION,
                        (t, s) -> t.action(Map.of("plover", Map.of("type", "CONSULT", "mode", s))), "plover { mode }"),
                stored("recordAction.plover.context", RECORD_ACTION,
                        (t, s) -> t.action(Map.of("plover", Map.of("type", "CONSULT", "context", s))), "plover { context }"),
                refused("recordAction.eventCode", RECORD_ACTION, (t, s) -> t.action(Map.of("eventCode", s)), "UNKNOWN_CODE",
                        "eventCode"),
                refused("recordAction.placeCountry", RECORD_ACTION, (t, s) -> t.action(Map.of("placeCountry", s)), "INVALID",
                        "placeCountry"),
                stored("correctAction.summary", CORRECT_ACTION,
                        (t, s) -> t.correction(t.recordedAction(), Map.of("summary", s)), "summary"),
                stored("correctAction.details", CORRECT_ACTION,
                        (t, s) -> t.correction(t.recordedAction(), Map.of("details", s)), "details"),
                stored("correctAction.plover.mode", CORRECT_ACTION,
                        (t, s) -> t.correction(t.recordedAction(), Map.of("plover", Map.of("type", "CONSULT", "mode", s))),
                        "plover { mode }"),
                refused("correctAction.eventCode", CORRECT_ACTION,
                        (t, s) -> t.correction(t.recordedAction(), Map.of("eventCode", s)), "UNKNOWN_CODE", "eventCode"),
                stored("recordFigure.counted", RECORD_FIGURE, (t, s) -> t.figure(Map.of("counted", s)), "counted"),
                refused("recordFigure.wording", RECORD_FIGURE, (t, s) -> t.figure(Map.of("wording", s)), "NOT_IN_SOURCE",
                        "wording"),
                refused("recordFigure.aboutCountry", RECORD_FIGURE, (t, s) -> t.figure(Map.of("aboutCountry", s)), "INVALID",
                        "aboutCountry"),
                stored("correctFigure.counted", CORRECT_FIGURE,
                        (t, s) -> t.correction(t.recordedFigure(), Map.of("counted", s)), "counted"),
                refused("correctFigure.wording", CORRECT_FIGURE,
                        (t, s) -> t.correction(t.recordedFigure(), Map.of("wording", s)), "NOT_IN_SOURCE", "wording"),
                stored("retractFact.reason", RETRACT,
                        (t, s) -> Map.of("id", t.recordedAction(), "expectedVersion", 1, "reason", s), "retraction { reason }"));
        return fields.stream().flatMap(field -> INJECTIONS.stream().map(injection -> new Case(field, injection)));
    }

    private static Field stored(String name, Mutation mutation,
                                BiFunction<MutationInjectionTest, String, Map<String, Object>> input, String readBack) {
        return new Field(name, mutation, input, readBack, null, null);
    }

    private static Field refused(String name, Mutation mutation,
                                 BiFunction<MutationInjectionTest, String, Map<String, Object>> input, String code,
                                 String... path) {
        List<String> field = new ArrayList<>(List.of("input"));
        field.addAll(List.of(path));
        return new Field(name, mutation, input, null, field, code);
    }

    @Autowired
    private DataSource dataSource;

    @ParameterizedTest(name = "{0}")
    @MethodSource("injections")
    void isStoredVerbatimOrRefusedAsTheFieldDemands(Case injected) {
        Field field = injected.field();
        Mutation mutation = field.mutation();
        Map<String, Object> input = field.input().apply(this, injected.injection());
        if (field.refusedAs() != null) {
            GraphQlTester.Response refused = expectUserErrors(writer.document("mutation($input: %s!) { %s(input: $input) "
                    .formatted(mutation.inputType(), mutation.name()) + "{ userErrors { field code } } }")
                    .variable("input", input), mutation.name(), field.refusedAs());
            assertThat(userErrorFields(refused, mutation.name())).containsExactly(field.refusedAt());
            return;
        }
        Map<String, List<String>> before = DatabaseFingerprint.rows(dataSource);
        GraphQlTester.Response response = writer.document("mutation($input: %s!) { %s(input: $input) { %s { id } "
                        .formatted(mutation.inputType(), mutation.name(), mutation.payload()) + "userErrors { field code } } }")
                .variable("input", input).execute();
        response.path(mutation.name() + ".userErrors").entityList(Object.class).hasSize(0);
        String id = response.path(mutation.name() + "." + mutation.payload() + ".id").entity(String.class).get();
        Map<String, List<String>> after = DatabaseFingerprint.rows(dataSource);

        assertThat(after.keySet()).as("no table dropped or added").isEqualTo(before.keySet());
        for (String table : before.keySet()) {
            List<String> added = difference(after.get(table), before.get(table));
            List<String> removed = difference(before.get(table), after.get(table));
            if (table.equals(mutation.factTable())) {
                assertThat(added).as("rows %s adds to %s", mutation.name(), table).singleElement().asString()
                        .contains(injected.injection());
                assertThat(removed).as("rows %s removes from %s", mutation.name(), table)
                        .hasSize(mutation.replaces() ? 1 : 0);
            } else if (table.equals("revision")) {
                assertThat(added).as("revisions of %s", mutation.name()).hasSize(1);
                assertThat(removed).as("revisions %s removes", mutation.name()).isEmpty();
            } else if (!mutation.alsoWrites().contains(table)) {
                assertThat(added).as("rows %s adds to %s, which it has no reason to write", mutation.name(), table).isEmpty();
                assertThat(removed).as("rows %s removes from %s", mutation.name(), table).isEmpty();
            }
        }
        String selection = field.readBack();
        String readPath = "node." + String.join(".", selection.replaceAll("[{}]", " ").trim().split("\\s+"));
        graphQl.document("query($id: ID!) { node(id: $id) { ... on %s { %s } } }".formatted(mutation.type(), selection))
                .variable("id", id).execute()
                .path(readPath).entity(String.class).isEqualTo(injected.injection());
    }

    /** The rows of {@code of} that {@code minus} lacks, counting repeats. */
    private static List<String> difference(List<String> of, List<String> minus) {
        List<String> left = new ArrayList<>(of);
        for (String row : minus) {
            left.remove(row);
        }
        return left;
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

    private String recordedId(Mutation mutation, Map<String, Object> input) {
        return writer.document("mutation($input: %s!) { %s(input: $input) { %s { id } } }"
                        .formatted(mutation.inputType(), mutation.name(), mutation.payload()))
                .variable("input", input).execute().path(mutation.name() + "." + mutation.payload() + ".id")
                .entity(String.class).get();
    }

    String recordedSource() {
        return recordedId(RECORD_SOURCE, source(Map.of()));
    }

    String recordedActor() {
        return recordedId(RECORD_ACTOR, actor(Map.of()));
    }

    String recordedRole() {
        return recordedId(RECORD_ROLE, role(Map.of()));
    }

    String recordedStatement() {
        return recordedId(RECORD_STATEMENT, statement(Map.of()));
    }

    String recordedAction() {
        return recordedId(RECORD_ACTION, action(Map.of()));
    }

    String recordedFigure() {
        return recordedId(RECORD_FIGURE, figure(Map.of()));
    }
}
