package org.diplograph.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The timeline interleaves statements and actions by date, and narrows to countries and actors. */
class TimelineQueryTest extends ApiTest {

    @Test
    void statementsAndActionsInterleaveInDateOrderWithUndatedLast() {
        List<String> dates = graphQl.document("""
                        { timeline(first: 100) { totalCount nodes {
                            __typename
                            ... on Statement { when: said { date } }
                            ... on Action { when: occurred { date } } } } }""")
                .execute()
                .path("timeline.totalCount").entity(Integer.class).isEqualTo(32)
                .path("timeline.nodes[*].__typename").entityList(String.class).contains("Statement", "Action")
                .path("timeline.nodes[*].when.date").entityList(String.class).get();
        int firstUndated = dates.indexOf(null);
        assertThat(dates.subList(0, firstUndated)).isSorted().doesNotContainNull().first().isEqualTo("2022-11-23");
        assertThat(dates.subList(firstUndated, dates.size())).containsOnlyNulls();
    }

    @Test
    void filteringByAnActorKeepsWhatTheActorSaidDidOrWasSubjectOf() {
        String ebrard = graphQl.document("{ actor(slug: \"marcelo-ebrard\") { id } }").execute()
                .path("actor.id").entity(String.class).get();
        graphQl.document("query($who: [ID!]) { timeline(actors: $who) { totalCount nodes { __typename } } }")
                .variable("who", List.of(ebrard)).execute()
                .path("timeline.totalCount").entity(Integer.class).isEqualTo(2)
                .path("timeline.nodes[*].__typename").entityList(String.class).contains("Statement", "Action");
    }

    @Test
    void filteringByCountryAndActorNarrowsToBoth() {
        String monroy = graphQl.document("{ actor(slug: \"pablo-monroy\") { id } }").execute()
                .path("actor.id").entity(String.class).get();
        int chile = graphQl.document("{ timeline(countries: [\"CL\"]) { totalCount } }").execute()
                .path("timeline.totalCount").entity(Integer.class).get();
        assertThat(chile).isEqualTo(1);
        graphQl.document("query($who: [ID!]) { timeline(countries: [\"PE\"], actors: $who) { totalCount nodes { ... on Action { summary } ... on Statement { content } } } }")
                .variable("who", List.of(monroy)).execute()
                .path("timeline.totalCount").entity(Integer.class).isEqualTo(2);
    }

    @Test
    void rootCodesKeepOnlyActionsOfThoseRootsAndLeaveStatementsOut() {
        GraphQlTester.Response response = graphQl
                .document("{ timeline(rootCodes: [\"16\"]) { totalCount nodes { __typename ... on Action { summary } } } }")
                .execute();
        assertThat(response.path("timeline.nodes[*].__typename").entityList(String.class).get())
                .containsExactly("Action", "Action");
        assertThat(response.path("timeline.nodes[*].summary").entityList(String.class).get()).containsExactlyInAnyOrder(
                "Mexico ruled out breaking diplomatic relations with Peru",
                "Mexico recalled its ambassador Pablo Monroy from Peru");
    }

    @Test
    void aDateRangeKeepsTheActionsAndStatementsDatedWithinIt() {
        int actions = graphQl.document("{ actions(filter: {occurred: {from: \"2022-12-21\", to: \"2022-12-21\"}}) { totalCount } }")
                .execute().path("actions.totalCount").entity(Integer.class).get();
        int statements = graphQl.document("{ statements(filter: {said: {from: \"2022-12-21\", to: \"2022-12-21\"}}) { totalCount } }")
                .execute().path("statements.totalCount").entity(Integer.class).get();
        assertThat(actions).isPositive();
        assertThat(statements).isPositive();
        graphQl.document("""
                        { timeline(dated: {from: "2022-12-21", to: "2022-12-21"}, first: 100) { totalCount nodes {
                            ... on Statement { when: said { date } } ... on Action { when: occurred { date } } } } }""")
                .execute()
                .path("timeline.totalCount").entity(Integer.class).isEqualTo(actions + statements)
                .path("timeline.nodes[*].when.date").entityList(String.class)
                .satisfies(dates -> assertThat(dates).containsOnly("2022-12-21"));
    }

    @Test
    void anUnknownRootCodeOrAnInvertedRangeIsRefusedNamingTheArgument() {
        for (String bad : List.of("rootCodes: [\"99\"]", "rootCodes: [\"173\"]",
                "dated: {from: \"2022-12-22\", to: \"2022-12-21\"}", "dated: {}")) {
            graphQl.document("{ timeline(%s) { totalCount } }".formatted(bad)).execute()
                    .errors().satisfy(errors -> assertThat(errors).as(bad).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
        }
    }

    @Test
    void anIdOfAnotherTypeIsRefusedAsAnActorFilter() {
        String peru = graphQl.document("{ country(code: \"PE\") { id } }").execute().path("country.id").entity(String.class).get();
        graphQl.document("query($who: [ID!]) { timeline(actors: $who) { totalCount } }").variable("who", List.of(peru)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("takes Actor ids");
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                }));
        assertThat(Objects.requireNonNull(peru)).isNotBlank();
    }
}
