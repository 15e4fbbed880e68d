package org.diplograph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Recording and correcting actors and their roles; an actor's new country carries over to its actions. */
class ActorWritesTest extends WriteTest {


    private Map<String, Object> actor(String slug) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("kind", "PERSON");
        input.put("name", "Dina Boluarte");
        input.put("description", "Castillo's successor");
        input.put("country", "PER");
        input.put("firstMention", sentenceId(3));
        input.put("aliases", List.of(Map.of("text", "Castillo", "evidence", sentenceId(3))));
        return input;
    }

    @Test
    void anActorIsRecordedWithAliasesThatOccurInTheirSentences() {
        writer.documentName("recordActor").variable("input", actor("dina-boluarte")).execute()
                .path("recordActor.userErrors").entityList(Object.class).hasSize(0)
                .path("recordActor.actor.country.code").entity(String.class).isEqualTo("PE")
                .path("recordActor.actor.aliases[0].evidence.number").entity(Integer.class).isEqualTo(3);
        graphQl.document("{ actors(filter: {name: \"boluarte\"}) { nodes { slug } } }").execute()
                .path("actors.nodes[*].slug").entityList(String.class).contains("dina-boluarte");
    }

    @Test
    void concurrentRecordsOfOneNewSlugGiveOneActorAndTakenForTheRest() throws Exception {
        int writers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(writers);
        List<java.util.concurrent.Future<List<String>>> answers = new java.util.ArrayList<>();
        Map<String, Object> input = actor("raced-slug");
        for (int i = 0; i < writers; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                GraphQlTester.Response response = writer.documentName("recordActor").variable("input", input).execute();
                return response.path("recordActor.userErrors[*].code").entityList(String.class).get();
            }));
        }
        List<List<String>> codes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<List<String>> answer : answers) {
            codes.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(codes).as("every writer is answered without an internal error").hasSize(writers);
        assertThat(codes.stream().filter(List::isEmpty).count()).as("writers that recorded the actor").isEqualTo(1);
        assertThat(codes.stream().filter(c -> c.equals(List.of("TAKEN"))).count()).isEqualTo(writers - 1);
        assertThat(jdbc.sql("SELECT count(*) FROM actor WHERE slug = 'raced-slug'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badActorsAndRolesAreRefusedAndWriteNothing() {
        Map<String, String> before = fingerprint();
        Map<String, Object> bad = actor("-bad-");
        bad.put("country", "XX");
        bad.put("memberCount", 0);
        bad.put("aliases", List.of(Map.of("text", "Boluarte", "evidence", sentenceId(3))));
        GraphQlTester.Response response = writer.documentName("recordActor").variable("input", bad).execute();
        assertThat(userErrorFields(response, "recordActor")).containsExactlyInAnyOrder(List.of("input", "slug"), List.of("input", "country"),
                List.of("input", "memberCount"), List.of("input", "aliases", "0", "text"));
        response.path("recordActor.userErrors[*].code").entityList(String.class).contains("NOT_IN_SOURCE", "NOT_FOUND");
        GraphQlTester.Response role = expectUserErrors(writer.documentName("recordActorRole").variable("input", Map.of(
                "actor", actorId("pedro-castillo"), "title", "President of Peru",
                "started", Map.of("date", "2022-12-08"), "ended", Map.of("date", "2022-12-07"),
                "evidence", sentenceId(17))), "recordActorRole", "DATES_OUT_OF_ORDER");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aRoleIsRecordedAndCorrectedAtItsVersion() {
        String id = writer.documentName("recordActorRole").variable("input", Map.of("actor", actorId("marcelo-ebrard"),
                        "title", "Secretary of Foreign Affairs", "country", "MX",
                        "started", Map.of("date", "2018-12-01", "precision", "MONTH", "basis", "INFERRED"),
                        "evidence", sentenceId(11))).execute()
                .path("recordActorRole.userErrors").entityList(Object.class).hasSize(0)
                .path("recordActorRole.role.actor.slug").entity(String.class).isEqualTo("marcelo-ebrard")
                .path("recordActorRole.role.id").entity(String.class).get();
        writer.document("mutation($input: CorrectActorRoleInput!) { correctActorRole(input: $input) { role { version title } userErrors { code } } }")
                .variable("input", Map.of("id", id, "expectedVersion", 1, "title", "Foreign Minister")).execute()
                .path("correctActorRole.role.version").entity(Integer.class).isEqualTo(2)
                .path("correctActorRole.role.title").entity(String.class).isEqualTo("Foreign Minister");
        graphQl.document("{ actor(slug: \"marcelo-ebrard\") { roles { title } } }").execute()
                .path("actor.roles[*].title").entityList(String.class).contains("Foreign Minister");
    }

    @Test
    void anActorsNewCountryCarriesOverToTheActionsItTookPartIn() {
        String id = writer.documentName("recordActor").variable("input", actor("country-mover")).execute()
                .path("recordActor.actor.id").entity(String.class).get();
        String action = writer.document("""
                        mutation($input: RecordActionInput!) { recordAction(input: $input) { action { id } userErrors { code } } }""")
                .variable("input", Map.of("summary", "The mover praised Mexico", "eventCode", "051",
                        "actors", List.of(id), "recipients", List.of(id("{ country(code: \"MX\") { id } }", "country.id")),
                        "occurred", Map.of(), "evidence", List.of(sentenceId(3)))).execute()
                .path("recordAction.action.id").entity(String.class).get();
        assertThat(everyId("{ country(code: \"PE\") { actions(as: ACTOR, first: 100) { nodes { id } pageInfo { hasNextPage } } } }",
                "country.actions")).contains(action);
        writer.documentName("correctActor").variable("input", Map.of("id", id, "expectedVersion", 1, "country", "CL")).execute()
                .path("correctActor.userErrors").entityList(Object.class).hasSize(0)
                .path("correctActor.actor.country.code").entity(String.class).isEqualTo("CL");
        assertThat(everyId("{ country(code: \"PE\") { actions(as: ACTOR, first: 100) { nodes { id } pageInfo { hasNextPage } } } }",
                "country.actions")).doesNotContain(action);
        assertThat(everyId("{ country(code: \"CL\") { actions(as: ACTOR, first: 100) { nodes { id } pageInfo { hasNextPage } } } }",
                "country.actions")).contains(action);
    }
}
