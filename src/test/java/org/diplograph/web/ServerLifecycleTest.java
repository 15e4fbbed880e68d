package org.diplograph.web;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.support.Waiting.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.support.H2Only;
import org.diplograph.support.RunsAlongside;
import org.diplograph.support.ServerProcess;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happens to the server process itself, on the H2 file this project configures. Nothing acknowledged is lost: a
 * run of acknowledged writes survives SIGKILL straight after the last one (no shutdown hooks run) and a restart on the
 * same file — the H2 file's durability is this project's configuration (WRITE_DELAY=0, DB_CLOSE_ON_EXIT=FALSE), so it
 * can be got wrong here; on PostgreSQL an acknowledged commit is the server's own synchronous commit. Then, on the
 * restarted server, SIGTERM stops it gracefully: new requests are refused (promptly, not left hanging), the one in
 * flight is still answered, open subscription streams are completed, and the process exits once it has answered.
 * Each step waits for the state it needs, never for a guessed time.
 */
@H2Only
@RunsAlongside
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerLifecycleTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ACTION_ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]+)\"");
    private static final int WRITES = 30;
    /** The restarted server's settings: the rest of a half-sent body follows only once the shutdown is under way. */
    private static final List<String> SHUTDOWN_SETTINGS = List.of("--logging.level.org.springframework.boot.tomcat=INFO",
            "--logging.level.org.springframework.context.support=DEBUG",
            "--diplograph.http.body-read-timeout=60s");

    private static Path dataDirectory;
    /** The server restarted after the kill, which the shutdown test then stops. */
    private static ServerProcess restarted;

    @Test
    @Order(1)
    void everyAcknowledgedWriteSurvivesAKillAndRestart() throws Exception {
        dataDirectory = Files.createTempDirectory("diplograph-lifecycle");
        int port = ServerProcess.freePort();
        List<String> acknowledged = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(dataDirectory, port, List.of())) {
            for (int i = 0; i < WRITES; i++) {
                HttpResponse<String> response = server.post("""
                        {"query":"mutation { recordAction(input: {summary: \\"Durability probe %d\\", eventCode: \\"010\\", occurred: {}, evidence: [\\"U2VudGVuY2U6MQ\\"]}) { action { id } userErrors { code } } }"}"""
                        .formatted(i), true);
                assertThat(response.statusCode()).isEqualTo(200);
                Matcher id = ACTION_ID.matcher(response.body());
                assertThat(id.find()).as(response.body()).isTrue();
                acknowledged.add(id.group(1));
            }
        } // closing kills it with SIGKILL
        restarted = ServerProcess.start(dataDirectory, port, SHUTDOWN_SETTINGS);
        for (String id : acknowledged) {
            HttpResponse<String> found = restarted.post(
                    "{\"query\":\"{ node(id: \\\"%s\\\") { id ... on Action { summary } } }\"}".formatted(id), false);
            assertThat(found.body()).as(id).contains("\"id\":\"" + id + "\"").contains("Durability probe");
        }
        assertThat(acknowledged).hasSize(WRITES);
    }

    @Test
    @Order(2)
    void aRequestInFlightWhenTheServerIsToldToStopIsStillAnsweredAndNewOnesAreRefused() throws Exception {
        if (restarted == null) {
            dataDirectory = Files.createTempDirectory("diplograph-lifecycle");
            restarted = ServerProcess.start(dataDirectory, ServerProcess.freePort(), SHUTDOWN_SETTINGS);
        }
        ServerProcess server = restarted;
        byte[] body = "{\"query\": \"{ country(code: \\\"PE\\\") { name } }\"}".getBytes(UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(US_ASCII));
            // Half the body: the server has taken the request and is waiting for the rest of it.
            out.write(body, 0, body.length / 2);
            out.flush();
            await(() -> gauge(server, "diplograph.http.bodies.receiving") >= 1,
                    "the half-sent request's body is being received");
            // A subscriber still listening, and one whose client has gone without the server having noticed.
            StringBuffer listening = new StringBuffer();
            Socket subscriber = subscribe(server, listening);
            subscribe(server, new StringBuffer()).close();
            await(() -> gauge(server, "diplograph.sse.streams.open") == 2, "both subscribers' streams are open");

            server.process().destroy();
            await(() -> server.log().contains("Commencing graceful shutdown"), "the server begins its graceful shutdown");
            await(() -> listening.indexOf("event:complete") >= 0, "the open stream is completed at shutdown");
            subscriber.close();
            assertThat(server.process().isAlive()).as("the server waits for the request in flight").isTrue();
            assertThat(newRequestDuringShutdown(server)).as("a new request during the shutdown").isEqualTo("refused");

            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), UTF_8);
            assertThat(response).as(server.log()).startsWith("HTTP/1.1 200").contains("\"name\":\"Peru\"");
        }
        long answered = System.nanoTime();
        assertThat(server.process().waitFor(30, SECONDS)).as("the server exits once the request is answered").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - answered)).as("from the last answer to the exit, with "
                + "subscription streams open when it began; the server's log:%n%s", server.log())
                .isLessThan(Duration.ofSeconds(3));
        assertThat(server.log()).contains("Graceful shutdown complete");
    }

    @AfterAll
    static void stop() throws Exception {
        if (restarted != null) {
            restarted.close();
        }
    }

    /** A subscription over Server-Sent Events, on a socket of its own, whose answer is read on another thread. */
    private static Socket subscribe(ServerProcess server, StringBuffer received) throws IOException {
        byte[] body = "{\"query\": \"subscription { factChanges { operation } }\"}".getBytes(UTF_8);
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.getOutputStream().write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Accept: text/event-stream\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(US_ASCII));
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
        Thread reader = new Thread(() -> {
            byte[] chunk = new byte[1024];
            try {
                for (int read = socket.getInputStream().read(chunk); read >= 0; read = socket.getInputStream().read(chunk)) {
                    received.append(new String(chunk, 0, read, UTF_8));
                }
            } catch (IOException closed) {
                // the test closed it
            }
        });
        reader.setDaemon(true);
        reader.start();
        return socket;
    }

    /** A gauge of the server's metrics, or -1 while it cannot be read. */
    private static double gauge(ServerProcess server, String name) throws Exception {
        HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/actuator/metrics/" + name))
                .header("Authorization", "Bearer " + WriteTest.WRITER_KEY).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (metrics.statusCode() != 200) {
            return -1;
        }
        Map<?, ?> body = JSON.readValue(metrics.body(), Map.class);
        return ((List<?>) body.get("measurements")).stream().map(Map.class::cast)
                .mapToDouble(measurement -> ((Number) measurement.get("value")).doubleValue()).findFirst().orElse(-1);
    }

    /**
     * What a new request meets while the shutdown is under way: "refused" when its connection is refused or it is
     * answered 503 within 5 s, "hung" when nothing comes back in that time, else the status it got.
     */
    private static String newRequestDuringShutdown(ServerProcess server) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.uri("/graphql")).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")).build();
        try {
            int status = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
            return status == 503 ? "refused" : "answered " + status;
        } catch (HttpTimeoutException hung) {
            return "hung";
        } catch (ConnectException refused) {
            return "refused";
        } catch (IOException reset) {
            // The connection was accepted by the socket's backlog and then closed unanswered: refused, not hung.
            return "refused";
        }
    }
}
