package org.diplograph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Filtering actors by kind, country, name and namedness, and ordering them by name either way. */
class ActorFilterTest extends ApiTest {


    private List<String> slugs(Map<String, Object> filter) {
        return graphQl.documentName("filteredActors").variable("filter", filter).execute()
                .path("actors.nodes[*].slug").entityList(String.class).get();
    }

    @Test
    void byKindAndCountry() {
        assertThat(slugs(Map.of("kinds", List.of("GOVERNMENT")))).containsExactly("government-of-mexico", "government-of-peru");
        assertThat(slugs(Map.of("kinds", List.of("PERSON"), "countries", List.of("MEX"))))
                .containsExactly("andres-manuel-lopez-obrador", "marcelo-ebrard", "pablo-monroy");
    }

    @Test
    void byNameDescriptionOrAliasInAnyCase() {
        assertThat(slugs(Map.of("name", "MONROY"))).containsExactly("pablo-monroy");
        assertThat(slugs(Map.of("name", "the envoy"))).containsExactly("pablo-monroy");
        assertThat(slugs(Map.of("name", "two children"))).containsExactly("castillo-children");
        assertThat(slugs(Map.of("name", "100%_"))).isEmpty();
    }

    @Test
    void byNamednessAndCombined() {
        assertThat(slugs(Map.of("isNamed", false))).hasSize(10);
        assertThat(slugs(Map.of("or", List.of(Map.of("countries", List.of("CL")), Map.of("countries", List.of("BO"))))))
                .containsExactly("gabriel-boric", "leftist-leader-of-bolivia");
    }

    @Test
    void orderedByNameEitherWay() {
        List<String> ascending = slugs(Map.of());
        List<String> descending = graphQl.documentName("filteredActors").variable("orderBy", Map.of("field", "NAME", "direction", "DESC"))
                .execute().path("actors.nodes[*].slug").entityList(String.class).get();
        assertThat(ascending).hasSize(21);
        List<String> reversed = new java.util.ArrayList<>(ascending);
        java.util.Collections.reverse(reversed);
        assertThat(descending).isEqualTo(reversed);
    }

    @Test
    void badFiltersAreRefused() {
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("countries", List.of("QQ")),
                Map.<String, Object>of("name", ""), Map.<String, Object>of("kinds", List.of()))) {
            graphQl.documentName("filteredActors").variable("filter", bad).execute()
                    .errors().satisfy(errors -> assertThat(errors).as(bad.toString()).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
        }
    }
}
