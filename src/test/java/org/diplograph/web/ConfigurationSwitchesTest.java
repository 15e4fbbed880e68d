package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.diplograph.support.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import org.diplograph.support.PostgresqlOnly;
import org.diplograph.support.RunsAlongside;

/**
 * The switches README and .env.example document, set the way an operator sets them: in a {@code .env} file or as
 * environment variables of a real server process (the environment winning). Reads behind a key, introspection off,
 * GraphiQL off, limits of the operator's choosing and, on PostgreSQL, the profile and its database.
 */
@PostgresqlOnly
@RunsAlongside
class ConfigurationSwitchesTest {

    private static final String READER_KEY = "switch-reader-0123456789-0123456789";
    private static final String WRITER_KEY = "switch-writer-0123456789-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path workingDirectory;
    private static ServerProcess server;

    /**
     * Most switches in a {@code .env} in the server's working directory, as README suggests for local settings, the
     * profile and the PostgreSQL database among them, one in the environment, which also overrides the {@code .env}'s
     * line for it: every kind of setting works from either. Run once, in the PostgreSQL execution, where there is a
     * database for the profile to choose.
     */
    @BeforeAll
    static void startLockedDownServer() throws Exception {
        workingDirectory = Files.createTempDirectory("diplograph-switches");
        List<String> dotEnv = new java.util.ArrayList<>(List.of(
                "# settings of this deployment",
                "DIPLOGRAPH_API_KEYS=analyst:" + READER_KEY + ":read,editor:" + WRITER_KEY,
                "DIPLOGRAPH_READS_PUBLIC=false",
                "DIPLOGRAPH_INTROSPECTION_ENABLED=false",
                "DIPLOGRAPH_GRAPHIQL_ENABLED=\"false\"",
                "",
                "DIPLOGRAPH_MAX_DEPTH=3",
                "DIPLOGRAPH_DEFAULT_PAGE_SIZE=5",
                "DIPLOGRAPH_MAX_PAGE_SIZE=5",
                "DIPLOGRAPH_MAX_COST=1000"));
        try (var database = org.diplograph.support.TestDatabases.freshDatabase()) {
            postgresUrl = database.getJdbcUrl();
            dotEnv.add("SPRING_PROFILES_ACTIVE=postgres");
            dotEnv.add("DIPLOGRAPH_DB_URL=" + postgresUrl);
            dotEnv.add("DIPLOGRAPH_DB_USER=postgres");
        }
        Files.write(workingDirectory.resolve(".env"), dotEnv);
        server = ServerProcess.start(workingDirectory, ServerProcess.freePort(), List.of(), Map.of("DIPLOGRAPH_MAX_COST", "40"));
    }

    private static String postgresUrl;

    @Test
    void theProfileAndDatabaseSetInDotEnvAreTheOnesRunning() throws Exception {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(server.uri("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        try (var connection = java.sql.DriverManager.getConnection(postgresUrl, "postgres", "");
             var statement = connection.createStatement();
             var migrations = statement.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            migrations.next();
            assertThat(migrations.getInt(1)).as("migrations the server ran on the .env's database").isPositive();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static HttpResponse<String> query(String query, String header, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))));
        if (header != null) {
            request.header(header, key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<?, ?> body(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    private static List<Object> codes(HttpResponse<String> response) {
        return ((List<?>) body(response).get("errors")).stream()
                .<Object>map(error -> ((Map<?, ?>) ((Map<?, ?>) error).get("extensions")).get("code")).toList();
    }

    @Test
    void withReadsNotPublicAnAnonymousQueryIsRefused() throws Exception {
        HttpResponse<String> anonymous = query("{ country(code: \"PE\") { name } }", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(codes(anonymous)).containsExactly("UNAUTHORIZED");
    }

    @Test
    void aReadKeyInXApiKeyOrAsABearerTokenReads() throws Exception {
        for (String[] header : List.of(new String[] {"X-API-Key", READER_KEY},
                new String[] {"Authorization", "Bearer " + READER_KEY})) {
            HttpResponse<String> response = query("{ country(code: \"PE\") { name } }", header[0], header[1]);
            assertThat(response.statusCode()).as(header[0]).isEqualTo(200);
            assertThat(body(response).get("data")).isEqualTo(Map.of("country", Map.of("name", "Peru")));
        }
    }

    @Test
    void aReadKeyMayNotWrite() throws Exception {
        HttpResponse<String> response = query("mutation { retractFact(input: {id: \"QWN0b3I6MQ\", expectedVersion: 1, "
                + "reason: \"r\"}) { userErrors { code } } }", "X-API-Key", READER_KEY);
        assertThat(codes(response)).containsExactly("FORBIDDEN");
    }

    @Test
    void withIntrospectionOffTheSchemaCannotBeReadButTypenameStillAnswers() throws Exception {
        HttpResponse<String> schema = query("{ __schema { types { name } } }", "X-API-Key", READER_KEY);
        assertThat(codes(schema)).containsExactly("INTROSPECTION_DISABLED");
        assertThat(schema.body()).contains("\"classification\":\"BAD_REQUEST\"").contains("Introspection is switched off");
        HttpResponse<String> typename = query("{ __typename }", "X-API-Key", READER_KEY);
        assertThat(body(typename).get("data")).isEqualTo(Map.of("__typename", "Query"));
        HttpResponse<String> printed = HTTP.send(HttpRequest.newBuilder(server.uri("/graphql/schema"))
                .header("X-API-Key", READER_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(printed.statusCode()).as("the printed schema, which tells what introspection would").isEqualTo(404);
        assertThat(printed.body()).doesNotContain("type Query");
    }

    @Test
    void withGraphiqlOffThePageIsNotServed() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.uri("/graphiql")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("graphiql-init.js");
    }

    @Test
    void limitsComeFromTheEnvironment() throws Exception {
        HttpResponse<String> deep = query("{ actor(slug: \"pablo-monroy\") { country { actors(first: 1) { nodes { name } } } } }",
                "X-API-Key", READER_KEY);
        assertThat(codes(deep)).containsExactly("MAX_DEPTH_EXCEEDED");
        assertThat(deep.body()).contains("\"limit\":3");

        HttpResponse<String> page = query("{ actions(first: 6) { nodes { summary } } }", "X-API-Key", READER_KEY);
        assertThat(codes(page)).containsExactly("MAX_PAGE_SIZE_EXCEEDED");

        StringBuilder fifteenPages = new StringBuilder("{");
        for (int i = 0; i < 15; i++) {
            fifteenPages.append(" p").append(i).append(": actions(first: 5) { nodes { summary } }");
        }
        HttpResponse<String> costly = query(fifteenPages.append(" }").toString(), "X-API-Key", READER_KEY);
        assertThat(codes(costly)).containsExactly("MAX_COST_EXCEEDED");
        assertThat(costly.body()).contains("\"limit\":40");
    }
}
