package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.diplograph.support.DatabaseIndependent;
import org.diplograph.support.RawHttp;
import org.diplograph.support.Waiting;
import org.diplograph.support.WriteTest;
import org.diplograph.web.endpoint.ServerSentEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A subscription over Server-Sent Events lasts as long as its client: longer than the server's timeout for other
 * asynchronous requests (1 s here, 30 s by default), with a keep-alive comment whenever it has been quiet for the
 * keep-alive interval (here a quarter of a second), and the next change still arrives.
 */
@DatabaseIndependent
@TestPropertySource(properties = {"spring.mvc.async.request-timeout=1s", "diplograph.sse.keep-alive=250ms"})
class ServerSentEventsTest extends WriteTest {

    @Autowired
    private ServerSentEvents streams;

    @Test
    void aSubscriberIdleLongerThanTheAsyncTimeoutIsKeptAliveAndReceivesTheNextChange() throws Exception {
        String body = "{\"query\": \"subscription { factChanges(countries: [\\\"UY\\\"]) { operation fact { "
                + "... on Action { summary } } } }\"}";
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        int openBefore = streams.open();
        try (Socket socket = RawHttp.connect("127.0.0.1", port)) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write(RawHttp.head("POST", "/graphql", Map.of("Content-Type", "application/json",
                    "Accept", "text/event-stream"), bytes.length));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                    lines.add("<closed>");
                } catch (Exception closed) {
                    lines.add("<closed>");
                }
            });
            reader.setDaemon(true);
            reader.start();
            Waiting.await(() -> streams.open() == openBefore + 1, "the stream is open");

            // Three times the async timeout, with nothing to send but keep-alive comments.
            long idleUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            int comments = 0;
            while (System.nanoTime() < idleUntil) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                assertThat(line).as("the idle stream is not closed").isNotEqualTo("<closed>");
                if (":".equals(line)) {
                    comments++;
                }
                assertThat(line).as("no event while idle").doesNotStartWith("event:");
            }
            assertThat(comments).as("keep-alive comments in 3 s at one per 0.25 s of quiet").isGreaterThanOrEqualTo(6);

            writer.document("mutation($input: RecordActionInput!) { recordAction(input: $input) { userErrors { code } } }")
                    .variable("input", Map.of("summary", "Uruguay hosted talks after a long silence", "eventCode", "043",
                            "actors", List.of(id("{ country(code: \"UY\") { id } }", "country.id")),
                            "occurred", Map.of(), "evidence", List.of(sentenceId(1))))
                    .execute().path("recordAction.userErrors").entityList(Object.class).hasSize(0);
            String event = null;
            for (long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); event == null && System.nanoTime() < giveUp; ) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith("data:") && line.contains("Uruguay hosted talks")) {
                    event = line;
                }
            }
            assertThat(event).as("the change written after the idle time arrives").isNotNull();
        }
        Waiting.await(() -> streams.open() == openBefore, "the stream ends when its client goes");
    }
}
