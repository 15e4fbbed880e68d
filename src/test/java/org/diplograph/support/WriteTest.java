package org.diplograph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

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
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:writes;DB_CLOSE_DELAY=-1",
        // A subscriber that stops reading is cut off after this many waiting changes (256 by default), once a write
        // to it has waited the connection's timeout (the body deadline and a second, 6 s by default): both smaller,
        // the same shows sooner.
        "diplograph.subscriptions.buffer-per-subscriber=64", "diplograph.http.body-read-timeout=2s"})
public abstract class WriteTest extends ApiTest {

    public static final String WRITER_KEY = "tester-key-0123456789-0123456789-01";
    public static final String READER_KEY = "observer-key-0123456789-0123456789";

    /** The API as the test writer (key name "tester") sees it. */
    protected HttpGraphQlTester writer;
    /** The API as a read-only key ("observer") sees it. */
    protected HttpGraphQlTester reader;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void authenticate() {
        writer = graphQl.mutate().header("Authorization", "Bearer " + WRITER_KEY).build();
        reader = graphQl.mutate().header("Authorization", "Bearer " + READER_KEY).build();
    }

    /**
     * Every table's rows, digested ({@link DatabaseFingerprint}): equal before and after means nothing was written,
     * whichever table a write would have touched.
     */
    protected Map<String, String> fingerprint() {
        return DatabaseFingerprint.of(dataSource);
    }

    /**
     * The id of every node of the connection at {@code path}, which the query asks for as
     * {@code nodes { id } pageInfo { hasNextPage }}: the page must hold the whole list, so that an id missing from it is
     * missing from the list, not on a later page of a database other tests keep growing.
     */
    protected List<String> everyId(String query, String path) {
        GraphQlTester.Response response = graphQl.document(query).execute();
        response.path(path + ".pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
        return response.path(path + ".nodes[*].id").entityList(String.class).get();
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

    /**
     * Sends the request and asserts that the payload at {@code path} failed with these user error codes, in order, and
     * that the database is exactly as it was before.
     */
    protected GraphQlTester.Response expectUserErrors(GraphQlTester.Request<?> request, String path, String... codes) {
        assertThat(codes).isNotEmpty();
        Map<String, String> before = fingerprint();
        GraphQlTester.Response response = request.execute();
        response.path(path + ".userErrors[*].code").entityList(String.class).containsExactly(codes);
        assertThat(fingerprint()).as("%s refused with %s changes nothing", path, List.of(codes)).isEqualTo(before);
        return response;
    }

    /** The user errors' field paths, each the list of segments the API returns ({@code ["input", "aliases", "0"]}). */
    protected static List<List<String>> userErrorFields(GraphQlTester.Response response, String path) {
        return response.path(path + ".userErrors[*].field").entityList(Object.class).get().stream()
                .map(field -> ((List<?>) field).stream().map(String::valueOf).toList()).toList();
    }
}
