package org.diplograph.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.support.Waiting.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.diplograph.support.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.diplograph.support.PostgresqlOnly;
import org.diplograph.support.RunsAlongside;

/**
 * With its PostgreSQL gone, an instance tells the load balancer (readiness DOWN, liveness still UP) and answers each
 * query with a retryable SERVICE_UNAVAILABLE error, HTTP 503, instead of an internal error; when the database is back,
 * it is ready again and answers, by itself.
 */
@PostgresqlOnly
@RunsAlongside
class DatabaseOutageTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String QUERY = "{\"query\": \"{ actor(slug: \\\"pedro-castillo\\\") { name } }\"}";

    @TempDir
    Path workingDirectory;
    @TempDir
    Path dataDirectory;

    private EmbeddedPostgres startPostgres(int port) throws Exception {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dataDirectory).setCleanDataDirectory(false).start();
    }

    private static HttpResponse<String> get(ServerProcess server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(ServerProcess server) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri("/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                .POST(HttpRequest.BodyPublishers.ofString(QUERY)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withTheDatabaseGoneAnInstanceIsNotReadyAndAnswers503ThenRecoversWhenItReturns() throws Exception {
        int databasePort = ServerProcess.freePort();
        EmbeddedPostgres postgres = startPostgres(databasePort);
        List<String> arguments = List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres");
        try (ServerProcess server = ServerProcess.start(workingDirectory, ServerProcess.freePort(), arguments)) {
            assertThat(query(server).body()).contains("Pedro Castillo");

            postgres.close();
            await(() -> get(server, "/actuator/health/readiness").statusCode() == 503, "readiness goes DOWN");
            assertThat(get(server, "/actuator/health/liveness").statusCode()).as("liveness stays UP").isEqualTo(200);
            HttpResponse<String> refused = query(server);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("\"code\":\"SERVICE_UNAVAILABLE\"")
                    .contains("\"classification\":\"SERVICE_UNAVAILABLE\"")
                    .doesNotContain("INTERNAL_ERROR").doesNotContain("Exception").doesNotContain("jdbc");

            postgres = startPostgres(databasePort);
            await(() -> get(server, "/actuator/health/readiness").statusCode() == 200, "readiness comes back UP");
            HttpResponse<String> answered = query(server);
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("Pedro Castillo");
        } finally {
            postgres.close();
        }
    }
}
