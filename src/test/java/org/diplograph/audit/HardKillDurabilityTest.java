package org.diplograph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.diplograph.DiplographApplication;
import org.diplograph.support.TestDatabases;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: the server runs as a separate process on a database file (or a PostgreSQL database),
 * acknowledges a run of writes, is killed with SIGKILL straight after the last one (no shutdown hooks run), and after
 * a restart on the same database every acknowledged write is there.
 */
class HardKillDurabilityTest {

    private static final Pattern ACTION_ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]+)\"");
    private static final int WRITES = 30;

    @TempDir
    Path dataDirectory;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndRestart() throws Exception {
        List<String> database = database();
        int port = freePort();
        Process server = start(database, port);
        List<String> acknowledged = new ArrayList<>();
        try {
            awaitReady(port, server);
            for (int i = 0; i < WRITES; i++) {
                HttpResponse<String> response = post(port, """
                        {"query":"mutation { recordAction(input: {summary: \\"Durability probe %d\\", eventCode: \\"010\\", occurred: {}, evidence: [\\"U2VudGVuY2U6MQ\\"]}) { action { id } userErrors { code } } }"}"""
                        .formatted(i), true);
                assertThat(response.statusCode()).isEqualTo(200);
                Matcher id = ACTION_ID.matcher(response.body());
                assertThat(id.find()).as(response.body()).isTrue();
                acknowledged.add(id.group(1));
            }
        } finally {
            server.destroyForcibly();
            server.waitFor();
        }
        Process restarted = start(database, port);
        try {
            awaitReady(port, restarted);
            for (String id : acknowledged) {
                HttpResponse<String> found = post(port,
                        "{\"query\":\"{ node(id: \\\"%s\\\") { id ... on Action { summary } } }\"}".formatted(id), false);
                assertThat(found.body()).as(id).contains("\"id\":\"" + id + "\"").contains("Durability probe");
            }
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor();
        }
        assertThat(acknowledged).hasSize(WRITES);
    }

    /**
     * The server's database arguments: none on H2 (the default, durable file database under ./data of a temporary
     * working directory), or a new database of the embedded PostgreSQL server.
     */
    private List<String> database() {
        if (TestDatabases.onPostgres()) {
            try (HikariDataSource postgres = TestDatabases.freshDatabase()) {
                return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + postgres.getJdbcUrl(),
                        "--spring.datasource.username=postgres");
            }
        }
        // The application's default database: ./data/diplograph, in the server's working directory.
        return List.of();
    }

    private Process start(List<String> database, int port) throws IOException {
        // The application's own classpath, without the test classes (their configurations are for tests only).
        String classpath = String.join(java.io.File.pathSeparator, Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).toList());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp", classpath,
                DiplographApplication.class.getName(), "--server.address=127.0.0.1", "--server.port=" + port,
                "--diplograph.security.api-keys=tester:" + WriteTest.WRITER_KEY, "--logging.level.root=WARN"));
        command.addAll(database);
        return new ProcessBuilder(command).directory(dataDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve("server-" + System.nanoTime() + ".log").toFile()).start();
    }

    private void awaitReady(int port, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("server process is running").isTrue();
            try {
                if (post(port, "{\"query\":\"{ countries { totalCount } }\"}", false).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("server did not start");
    }

    private HttpResponse<String> post(int port, String body, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authenticated) {
            request.header("Authorization", "Bearer " + WriteTest.WRITER_KEY);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
