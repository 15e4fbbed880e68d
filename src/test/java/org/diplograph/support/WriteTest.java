package org.diplograph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that write: they share an application context on a database of their own, so their writes never
 * disturb the read tests' expectations of the seed, and they talk to the API with the test API keys.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1")
public abstract class WriteTest extends ApiTest {

    public static final String WRITER_KEY = "tester-key-0123456789-0123456789-01";
    public static final String READER_KEY = "observer-key-0123456789-0123456789";

    /** The API as the test writer (key name "tester") sees it. */
    protected HttpGraphQlTester writer;
    /** The API as a read-only key ("observer") sees it. */
    protected HttpGraphQlTester reader;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void authenticate() {
        writer = graphQl.mutate().header("Authorization", "Bearer " + WRITER_KEY).build();
        reader = graphQl.mutate().header("Authorization", "Bearer " + READER_KEY).build();
    }

    /** Every row count and version sum that any write would change: equal before and after means nothing was written. */
    protected Map<String, Object> fingerprint() {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM source) AS sources, (SELECT COUNT(*) FROM sentence) AS sentences,
                       (SELECT COUNT(*) FROM actor) AS actors, (SELECT COUNT(*) FROM actor_alias) AS aliases,
                       (SELECT COUNT(*) FROM actor_role) AS roles, (SELECT COUNT(*) FROM statement) AS statements,
                       (SELECT COUNT(*) FROM statement_subject) AS subjects,
                       (SELECT COUNT(*) FROM statement_audience) AS audiences,
                       (SELECT COUNT(*) FROM action) AS actions, (SELECT COUNT(*) FROM action_party) AS parties,
                       (SELECT COUNT(*) FROM action_evidence) AS evidence,
                       (SELECT COUNT(*) FROM action_country) AS involved_countries,
                       (SELECT COUNT(*) FROM revision) AS revisions,
                       (SELECT COALESCE(SUM(version), 0) FROM action) + (SELECT COALESCE(SUM(version), 0) FROM statement)
                       + (SELECT COALESCE(SUM(version), 0) FROM actor) + (SELECT COALESCE(SUM(version), 0) FROM actor_role)
                       + (SELECT COALESCE(SUM(version), 0) FROM source) AS versions
                """).query().singleRow();
    }

    /** The id of a seeded fact, looked up through the API. */
    protected String id(String query, String path) {
        return graphQl.document(query).execute().path(path).entity(String.class).get();
    }

    protected String sentenceId(int number) {
        return graphQl.document("{ source(slug: \"mexico-peru-2022-12-21\") { sentences(first: 30) { nodes { id } } } }")
                .execute().path("source.sentences.nodes[" + (number - 1) + "].id").entity(String.class).get();
    }

    protected String actorId(String slug) {
        return id("{ actor(slug: \"" + slug + "\") { id } }", "actor.id");
    }

    /** Asserts the payload at {@code path} failed with these user error codes, in order, and changed nothing. */
    protected static void expectUserErrors(GraphQlTester.Response response, String path, String... codes) {
        response.path(path + ".userErrors[*].code").entityList(String.class).containsExactly(codes);
        assertThat(codes).isNotEmpty();
    }

    protected static List<String> userErrorFields(GraphQlTester.Response response, String path) {
        return response.path(path + ".userErrors[*].field").entityList(Object.class).get().stream()
                .map(field -> String.join(".", ((List<?>) field).stream().map(String::valueOf).toList())).toList();
    }
}
