package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.diplograph.benchmark.SyntheticData;
import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A nested connection gives each parent exactly the page that parent gets when it is asked alone. The pages of many
 * parents are read together, in one statement (on PostgreSQL a LATERAL join on the array of parents, whose text does
 * not depend on their number); a lone parent is read by the plain per-parent statement. Compared here for every kind of
 * nested connection, forwards and backwards, from either end and from a cursor, over the seed and a few thousand
 * synthetic actions and statements (so that many parents have rows on either side of a cursor).
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:nested-pages;DB_CLOSE_DELAY=-1")
class NestedPagesTest extends ApiTest {

    private static boolean generated;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void addSyntheticData() throws Exception {
        if (!generated) {
            SyntheticData.generate(dataSource, 1_200, 11);
            generated = true;
        }
    }

    private static final String PAGE = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage "
            + "startCursor endCursor }";

    @ParameterizedTest(name = "{0}.{2}({3})")
    @CsvSource(delimiter = '|', value = {
            "actors      | Actor     | actions     | first: 2",
            "actors      | Actor     | actions     | last: 2",
            "actors      | Actor     | actions     | first: 1, after: CURSOR",
            "actors      | Actor     | actions     | last: 1, before: CURSOR",
            "actors      | Actor     | actions     | as: RECIPIENT, first: 1",
            "actors      | Actor     | statements  | first: 1",
            "actors      | Actor     | statements  | first: 1, after: CURSOR",
            "actors      | Actor     | statements  | last: 1, before: CURSOR",
            "countries   | Country   | actors      | first: 2",
            "countries   | Country   | actors      | first: 1, after: CURSOR",
            "countries   | Country   | actions     | first: 3",
            "countries   | Country   | actions     | last: 2",
            "countries   | Country   | actions     | first: 2, after: CURSOR",
            "eventCodes  | EventCode | actions     | first: 1",
            "eventCodes  | EventCode | actions     | first: 1, after: CURSOR"})
    void everyParentGetsThePageItGetsWhenAskedAlone(String root, String type, String field, String arguments) {
        String withCursor = arguments.replace("CURSOR", "\"" + aCursor(root, field) + "\"");
        List<Map<String, Object>> parents = graphQl.document("{ %s(first: 20) { nodes { id %s(%s) { %s } } } }"
                        .formatted(root, field, withCursor, PAGE))
                .execute().path(root + ".nodes").entityList(MAP).get();
        assertThat(parents).hasSizeGreaterThan(1);
        long withRows = parents.stream().filter(parent -> !edges(parent.get(field)).isEmpty()).count();
        assertThat(withRows).as("parents whose page has rows").isGreaterThan(1);
        for (Map<String, Object> parent : parents) {
            Object alone = graphQl.document("{ node(id: \"%s\") { ... on %s { %s(%s) { %s } } } }"
                            .formatted(parent.get("id"), type, field, withCursor, PAGE))
                    .execute().path("node." + field).entity(Object.class).get();
            assertThat(parent.get(field)).as("%s %s", type, parent.get("id")).isEqualTo(alone);
        }
    }

    /** A cursor half-way through the first page of the parent with the most items, so that both sides have rows. */
    private String aCursor(String root, String field) {
        List<Map<String, Object>> parents = graphQl.document("{ %s(first: 25) { nodes { %s(first: 20) { %s } } } }"
                        .formatted(root, field, PAGE))
                .execute().path(root + ".nodes").entityList(MAP).get();
        List<Map<String, Object>> longest = parents.stream().map(parent -> edges(parent.get(field)))
                .max(Comparator.comparingInt(List::size)).orElseThrow();
        return (String) longest.get(longest.size() / 2).get("cursor");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> edges(Object connection) {
        return (List<Map<String, Object>>) ((Map<String, Object>) connection).get("edges");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
