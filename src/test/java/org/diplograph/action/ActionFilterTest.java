package org.diplograph.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Filtering and ordering actions: every criterion, their combinations, and every kind of bad filter. */
class ActionFilterTest extends ApiTest {


    private GraphQlTester.Response actions(Map<String, Object> filter) {
        return graphQl.documentName("filteredActions").variable("filter", filter).variable("first", 100).execute();
    }

    private List<String> summaries(Map<String, Object> filter) {
        return actions(filter).path("actions.nodes[*].summary").entityList(String.class).get();
    }

    private String id(String slug) {
        return graphQl.document("query($slug: String!) { actor(slug: $slug) { id } }").variable("slug", slug).execute()
                .path("actor.id").entity(String.class).get();
    }

    @Test
    void byEventCodeRootCategoryAndQuadClass() {
        assertThat(summaries(Map.of("eventCodes", List.of("173", "042"))))
                .containsExactly("Chilean President Gabriel Boric made an official visit to Mexico", "Castillo was arrested");
        assertThat(summaries(Map.of("rootCodes", List.of("16")))).containsExactlyInAnyOrder(
                "Mexico ruled out breaking diplomatic relations with Peru", "Mexico recalled its ambassador Pablo Monroy from Peru");
        assertThat(summaries(Map.of("quadClasses", List.of("MATERIAL_COOPERATION")))).containsExactlyInAnyOrder(
                "Lilia Paredes and the couple's two children arrived in Mexico, which had offered them asylum",
                "Mexico offered asylum to Castillo's family",
                "Peru agreed to give safe passage to Paredes and the couple's two children");
    }

    @Test
    void byActorRecipientAndAnyRole() {
        String monroy = id("pablo-monroy");
        assertThat(summaries(Map.of("recipients", List.of(monroy))))
                .containsExactly("Peru declared Mexico's ambassador Pablo Monroy persona non grata");
        assertThat(summaries(Map.of("involving", List.of(monroy)))).containsExactly(
                "Peru declared Mexico's ambassador Pablo Monroy persona non grata",
                "Mexico recalled its ambassador Pablo Monroy from Peru");
        assertThat(summaries(Map.of("actors", List.of(id("marcelo-ebrard")))))
                .containsExactly("Mexican Foreign Minister Marcelo Ebrard called Peru's decision unfounded and reprehensible");
    }

    @Test
    void byCountryInAnyRoleAsActorAsRecipientAndBetweenTwo() {
        assertThat(summaries(Map.of("countries", List.of("CL"))))
                .containsExactly("Chilean President Gabriel Boric made an official visit to Mexico");
        assertThat(summaries(Map.of("actorCountries", List.of("PE")))).hasSize(3);
        assertThat(summaries(Map.of("recipientCountries", List.of("MEX")))).containsExactly(
                "Chilean President Gabriel Boric made an official visit to Mexico",
                "Peru declared Mexico's ambassador Pablo Monroy persona non grata");
        assertThat(summaries(Map.of("between", List.of("PE", "MX")))).hasSize(11);
    }

    @Test
    void byDateRangeIntensityRangeAndNegation() {
        assertThat(summaries(Map.of("occurred", Map.of("from", "2022-12-20", "to", "2022-12-20")))).containsExactly(
                "Peru declared Mexico's ambassador Pablo Monroy persona non grata",
                "Mexican Foreign Minister Marcelo Ebrard called Peru's decision unfounded and reprehensible");
        assertThat(summaries(Map.of("occurred", Map.of("to", "2022-12-07")))).hasSize(3);
        assertThat(summaries(Map.of("intensity", Map.of("min", 5.0))))
                .containsExactly("Lilia Paredes and the couple's two children arrived in Mexico, which had offered them asylum",
                        "Mexico offered asylum to Castillo's family",
                        "Peru agreed to give safe passage to Paredes and the couple's two children");
        assertThat(summaries(Map.of("intensity", Map.of("min", -10.0, "max", -7.5))))
                .containsExactly("21 people have died in clashes and hundreds have been injured");
        assertThat(summaries(Map.of("negated", true))).containsExactly(
                "Mexico ruled out breaking diplomatic relations with Peru", "Mexico said it would not expel anyone");
    }

    @Test
    void criteriaOfOneFilterAllHoldAndAndOrCombineWholeFilters() {
        assertThat(summaries(Map.of("countries", List.of("MX"), "rootCodes", List.of("11"))))
                .hasSize(3).allMatch(summary -> summary.contains("accused") || summary.contains("unfounded"));
        assertThat(summaries(Map.of("or", List.of(Map.of("eventCodes", List.of("042")), Map.of("negated", true)))))
                .containsExactly("Chilean President Gabriel Boric made an official visit to Mexico",
                        "Mexico ruled out breaking diplomatic relations with Peru", "Mexico said it would not expel anyone");
        assertThat(summaries(Map.of("between", List.of("MX", "PE"),
                "and", List.of(Map.of("or", List.of(Map.of("negated", true), Map.of("intensity", Map.of("min", 7.0))))))))
                .containsExactly("Mexico ruled out breaking diplomatic relations with Peru",
                        "Mexico said it would not expel anyone", "Lilia Paredes and the couple's two children arrived in Mexico, which had offered them asylum",
                        "Mexico offered asylum to Castillo's family");
    }

    @Test
    void orderedByIntensityEitherWayAndByDateNewestFirstWithUndatedLast() {
        List<Double> ascending = graphQl.documentName("filteredActions").variable("first", 100)
                .variable("orderBy", Map.of("field", "INTENSITY")).execute()
                .path("actions.nodes[*].intensity").entityList(Double.class).get();
        assertThat(ascending).hasSize(20).isSorted().first().isEqualTo(-7.5);
        List<Double> descending = graphQl.documentName("filteredActions").variable("first", 100)
                .variable("orderBy", Map.of("field", "INTENSITY", "direction", "DESC")).execute()
                .path("actions.nodes[*].intensity").entityList(Double.class).get();
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder()).first().isEqualTo(7.0);
        List<String> newestFirst = graphQl.documentName("filteredActions").variable("first", 100)
                .variable("orderBy", Map.of("field", "OCCURRED_ON", "direction", "DESC")).execute()
                .path("actions.nodes[*].occurred.date").entityList(String.class).get();
        assertThat(newestFirst.get(0)).isEqualTo("2022-12-21");
        int firstUndated = newestFirst.indexOf(null);
        assertThat(newestFirst.subList(0, firstUndated)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(newestFirst.subList(firstUndated, newestFirst.size())).containsOnlyNulls();
    }

    @Test
    void pagingThroughAFilteredOrderedListMeetsExactly() {
        Map<String, Object> filter = Map.of("countries", List.of("MX"));
        Map<String, Object> order = Map.of("field", "INTENSITY", "direction", "DESC");
        List<String> all = graphQl.documentName("filteredActions").variable("filter", filter).variable("orderBy", order).variable("first", 100)
                .execute().path("actions.nodes[*].summary").entityList(String.class).get();
        List<String> paged = new java.util.ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            GraphQlTester.Response page = graphQl.documentName("filteredActions").variable("filter", filter).variable("orderBy", order)
                    .variable("first", 2).variable("after", after).execute();
            paged.addAll(page.path("actions.nodes[*].summary").entityList(String.class).get());
            more = page.path("actions.pageInfo.hasNextPage").entity(Boolean.class).get();
            after = page.path("actions.pageInfo.endCursor").entity(String.class).get();
        }
        assertThat(paged).isEqualTo(all).hasSize(12);
    }

    @Test
    void aCursorOfAnotherOrderingIsRefused() {
        String byDate = graphQl.documentName("filteredActions").variable("first", 1).execute()
                .path("actions.pageInfo.endCursor").entity(String.class).get();
        expectBadRequest(graphQl.documentName("filteredActions").variable("first", 1).variable("after", byDate)
                .variable("orderBy", Map.of("field", "INTENSITY")).execute(), "after");
        expectBadRequest(graphQl.documentName("filteredActions").variable("first", 1).variable("after", byDate)
                .variable("orderBy", Map.of("field", "OCCURRED_ON", "direction", "DESC")).execute(), "after");
    }

    @Test
    void searchMatchesWholeWordsOfTheSummaryInAnyCaseAllOfThem() {
        assertThat(summaries(Map.of("search", "AMBASSADOR monroy"))).containsExactlyInAnyOrder(
                "Peru declared Mexico's ambassador Pablo Monroy persona non grata",
                "Mexico recalled its ambassador Pablo Monroy from Peru");
        assertThat(summaries(Map.of("search", "expel"))).containsExactly("Mexico said it would not expel anyone");
        assertThat(summaries(Map.of("search", "expe"))).isEmpty();
        assertThat(summaries(Map.of("search", "asylum", "quadClasses", List.of("MATERIAL_COOPERATION"))))
                .containsExactlyInAnyOrder("Mexico offered asylum to Castillo's family",
                        "Lilia Paredes and the couple's two children arrived in Mexico, which had offered them asylum");
        assertThat(summaries(Map.of("search", "'; DROP TABLE action; --"))).isEmpty();
    }

    @Test
    void badFiltersAreRefusedNamingTheField() {
        expectBadRequest(actions(Map.of("search", " ")), "filter.search");
        expectBadRequest(actions(Map.of("search", "--- !!!")), "filter.search");
        expectBadRequest(actions(Map.of("search", "x".repeat(201))), "filter.search");
        expectBadRequest(actions(Map.of("eventCodes", List.of("999"))), "filter.eventCodes");
        expectBadRequest(actions(Map.of("rootCodes", List.of("173"))), "filter.rootCodes");
        expectBadRequest(actions(Map.of("countries", List.of("ZZ"))), "filter.countries");
        expectBadRequest(actions(Map.of("between", List.of("MX"))), "filter.between");
        expectBadRequest(actions(Map.of("between", List.of("MX", "MEX"))), "filter.between");
        expectBadRequest(actions(Map.of("occurred", Map.of("from", "2022-12-21", "to", "2022-12-20"))), "filter.occurred");
        expectBadRequest(actions(Map.of("occurred", Map.of())), "filter.occurred");
        expectBadRequest(actions(Map.of("intensity", Map.of("min", 5.0, "max", -5.0))), "filter.intensity");
        expectBadRequest(actions(Map.of("intensity", Map.of("max", 11.0))), "filter.intensity");
        expectBadRequest(actions(Map.of("actors", List.of())), "filter.actors");
        expectBadRequest(actions(Map.of("or", List.of(Map.of("recipientCountries", List.of("XX"))))), "filter.or[0].recipientCountries");
        String peru = graphQl.document("{ country(code: \"PE\") { id } }").execute().path("country.id").entity(String.class).get();
        expectBadRequest(actions(Map.of("actors", List.of(peru))), "filter.actors");
        Map<String, Object> deep = Map.of("negated", false);
        for (int i = 0; i < 6; i++) {
            deep = Map.of("and", List.of(deep));
        }
        expectBadRequest(actions(deep), null);
    }

    private static void expectBadRequest(GraphQlTester.Response response, String argument) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
            if (argument != null) {
                assertThat(error.getExtensions()).containsEntry("argument", argument);
            }
        }));
    }
}
