package org.diplograph.web;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.diplograph.support.Waiting.await;

import org.diplograph.support.ServerProcess;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * On SIGTERM the server stops taking new requests, finishes the ones in flight, then exits: a deployment that rolls
 * over never cuts a client off mid-answer. Each step waits for the state it needs, never for a guessed time.
 */
class GracefulShutdownTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path workingDirectory;

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

    @Test
    void aRequestInFlightWhenTheServerIsToldToStopIsStillAnsweredAndNewOnesAreRefused() throws Exception {
        List<String> arguments = new ArrayList<>(ServerProcess.newDatabase());
        arguments.add("--logging.level.org.springframework.boot.tomcat=INFO");
        // The rest of the body follows only once the shutdown is under way: longer than the default deadline may be.
        arguments.add("--diplograph.http.body-read-timeout=60s");
        try (ServerProcess server = ServerProcess.start(workingDirectory, ServerProcess.freePort(), arguments)) {
            byte[] body = "{\"query\": \"{ country(code: \\\"PE\\\") { name } }\"}".getBytes(UTF_8);
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(US_ASCII));
                // Half the body: the server has taken the request and is waiting for the rest of it.
                out.write(body, 0, body.length / 2);
                out.flush();
                awaitRequestInFlight(server);
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
                assertThat(refusesNewRequests(server)).as("a new request during the shutdown is refused").isTrue();

                out.write(body, body.length / 2, body.length - body.length / 2);
                out.flush();
                String response = new String(socket.getInputStream().readAllBytes(), UTF_8);
                assertThat(response).as(server.log()).startsWith("HTTP/1.1 200").contains("\"name\":\"Peru\"");
            }
            long answered = System.nanoTime();
            assertThat(server.process().waitFor(30, SECONDS)).as("the server exits once the request is answered").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - answered)).as("from the last answer to the exit, with "
                    + "subscription streams open when it began").isLessThan(Duration.ofSeconds(3));
            assertThat(server.log()).contains("Graceful shutdown complete");
        }
    }

    /**
     * Waits until the server is receiving the half-sent request's body: from then on it is a request in flight, not
     * a connection still being read.
     */
    private static void awaitRequestInFlight(ServerProcess server) throws Exception {
        await(() -> gauge(server, "diplograph.http.bodies.receiving") >= 1, "the half-sent request's body is being received");
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

    /** True when a new connection is refused, or answered with 503, while the shutdown is under way. */
    private static boolean refusesNewRequests(ServerProcess server) throws Exception {
        try {
            return server.post("{\"query\": \"{ __typename }\"}", false).statusCode() == 503;
        } catch (IOException refused) {
            return true;
        }
    }
}
