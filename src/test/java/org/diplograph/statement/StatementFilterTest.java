package org.diplograph.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Filtering statements by speaker, subject, date, words and mode; counting them by speaker. */
class StatementFilterTest extends ApiTest {


    private GraphQlTester.Response statements(Map<String, Object> filter) {
        return graphQl.documentName("filteredStatements").variable("filter", filter).execute();
    }

    private List<String> contents(Map<String, Object> filter) {
        return statements(filter).path("statements.nodes[*].content").entityList(String.class).get();
    }

    private String id(String query, String path) {
        return graphQl.document(query).execute().path(path).entity(String.class).get();
    }

    @Test
    void bySpeaker() {
        String ebrard = id("{ actor(slug: \"marcelo-ebrard\") { id } }", "actor.id");
        assertThat(contents(Map.of("speakers", List.of(ebrard)))).containsExactly("unfounded and reprehensible");
    }

    @Test
    void bySubjectActorCountryOrAction() {
        String monroy = id("{ actor(slug: \"pablo-monroy\") { id } }", "actor.id");
        String peru = id("{ country(code: \"PE\") { id } }", "country.id");
        String png = id("{ actions(filter: {eventCodes: [\"174\"], negated: false}) { nodes { id } } }", "actions.nodes[0].id");
        assertThat(contents(Map.of("subjects", List.of(monroy)))).containsExactly("in order to ensure his safety");
        assertThat(contents(Map.of("subjects", List.of(peru)))).hasSize(2).contains("has decided not to break relations");
        assertThat(contents(Map.of("subjects", List.of(png)))).containsExactly("unfounded and reprehensible");
        assertThat(contents(Map.of("subjects", List.of(monroy, png)))).hasSize(2);
    }

    @Test
    void byDateRangeAndMode() {
        assertThat(contents(Map.of("said", Map.of("from", "2022-12-20", "to", "2022-12-20"))))
                .containsExactly("unfounded and reprehensible");
        assertThat(contents(Map.of("modes", List.of("PARAPHRASE")))).hasSize(4);
        assertThat(contents(Map.of("modes", List.of("QUOTE"), "said", Map.of("from", "2022-12-21")))).containsExactly(
                "has decided not to break relations", "give protection to the Mexicans who live in Peru",
                "We will not expel anyone");
    }

    @Test
    void searchMatchesWholeWordsInAnyCaseAllOfThem() {
        assertThat(contents(Map.of("search", "BREAK relations"))).containsExactly("has decided not to break relations");
        assertThat(contents(Map.of("search", "asylum"))).containsExactly("We will always defend the right to asylum");
        assertThat(contents(Map.of("search", "expel"))).containsExactly("We will not expel anyone");
        assertThat(contents(Map.of("search", "expe"))).isEmpty();
        assertThat(contents(Map.of("search", "asylum expel"))).isEmpty();
        assertThat(contents(Map.of("search", "21 police"))).hasSize(1);
        assertThat(contents(Map.of("search", "'; DROP TABLE statement; --"))).isEmpty();
        assertThat(statements(Map.of()).path("statements.totalCount").entity(Integer.class).get()).isEqualTo(12);
    }

    @Test
    void andOrCombineAndOrderingRunsNewestFirst() {
        assertThat(contents(Map.of("or", List.of(Map.of("search", "asylum"), Map.of("search", "reprehensible")))))
                .containsExactly("unfounded and reprehensible", "We will always defend the right to asylum");
        List<String> dates = graphQl.documentName("filteredStatements").variable("orderBy", Map.of("field", "SAID_ON", "direction", "DESC"))
                .execute().path("statements.nodes[*].said.date").entityList(String.class).get();
        assertThat(dates.get(0)).isEqualTo("2022-12-21");
        assertThat(dates.get(dates.size() - 1)).isNull();
    }

    @Test
    void countsBySpeakerMostProlificFirst() {
        graphQl.document("{ statementCounts { speaker { slug } count } }").execute()
                .path("statementCounts[0].speaker.slug").entity(String.class).isEqualTo("andres-manuel-lopez-obrador")
                .path("statementCounts[*].count").entityList(Integer.class).containsExactly(9, 1, 1, 1);
        graphQl.document("{ statementCounts(filter: {modes: [PARAPHRASE]}, first: 1) { speaker { slug } count } }").execute()
                .path("statementCounts[*].count").entityList(Integer.class).containsExactly(3);
        graphQl.document("{ statementCounts(first: 101) { count } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
    }

    @Test
    void badFiltersAreRefused() {
        String source = id("{ source(slug: \"mexico-peru-2022-12-21\") { id } }", "source.id");
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("subjects", List.of(source)),
                Map.<String, Object>of("speakers", List.of("nonsense")),
                Map.<String, Object>of("search", " "),
                Map.<String, Object>of("search", "x".repeat(201)),
                Map.<String, Object>of("search", "--- !!!"),
                Map.<String, Object>of("said", Map.of("from", "2022-12-22", "to", "2022-12-21")))) {
            statements(bad).errors().satisfy(errors -> assertThat(errors).as(bad.toString()).singleElement().satisfies(error ->
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
        }
    }
}
