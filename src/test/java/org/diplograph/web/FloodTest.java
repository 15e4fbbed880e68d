package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import org.diplograph.support.DatabaseIndependent;

/**
 * Legitimate clients keep getting correct answers while others flood the endpoint with hostile requests, each one new
 * so that no cached verdict saves the server any work. Bounded in time; the figures are printed, not asserted.
 */
@DatabaseIndependent
class FloodTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration FLOOD = Duration.ofSeconds(6);
    private static final int ATTACKERS = 4;
    private static final int CLIENTS = 2;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void legitimateQueriesAreAnsweredCorrectlyDuringAFloodOfHostileOnes() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(ATTACKERS + CLIENTS);
        long deadline = System.nanoTime() + FLOOD.toNanos();
        AtomicInteger hostileSent = new AtomicInteger();
        ConcurrentLinkedQueue<String> hostileNot4xx = new ConcurrentLinkedQueue<>();
        AtomicInteger legitimateAnswered = new AtomicInteger();
        ConcurrentLinkedQueue<String> legitimateWrong = new ConcurrentLinkedQueue<>();
        AtomicLong slowestLegitimateNanos = new AtomicLong();
        List<Future<?>> workers = new ArrayList<>();
        for (int attacker = 0; attacker < ATTACKERS; attacker++) {
            int seed = attacker;
            workers.add(threads.submit(() -> {
                for (int i = 0; System.nanoTime() < deadline; i++) {
                    String body = hostile(seed * 1_000_000 + i);
                    HttpResponse<String> response = post(body);
                    hostileSent.incrementAndGet();
                    if (response.statusCode() < 400 || response.statusCode() >= 500) {
                        hostileNot4xx.add(response.statusCode() + " " + body.substring(0, Math.min(80, body.length())));
                    }
                }
                return null;
            }));
        }
        for (int legitimate = 0; legitimate < CLIENTS; legitimate++) {
            workers.add(threads.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long started = System.nanoTime();
                    HttpResponse<String> response = post(JSON.writeValueAsString(Map.of("query",
                            "{ country(code: \"PE\") { name } countries(first: 10) { totalCount nodes { code } } }")));
                    slowestLegitimateNanos.accumulateAndGet(System.nanoTime() - started, Math::max);
                    String body = response.body();
                    if (response.statusCode() != 200 || !body.contains("\"name\":\"Peru\"") || !body.contains("\"totalCount\":250")
                            || body.contains("\"errors\"")) {
                        legitimateWrong.add(response.statusCode() + " " + body);
                    }
                    legitimateAnswered.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        threads.shutdown();

        // How fast each side went depends on the machine and whatever else runs on it: printed for the reader, not
        // asserted. What must hold on any machine is that every answer was right.
        System.out.printf("Flood: %d hostile requests, %d legitimate answered (%.1f hostile per legitimate), "
                        + "slowest legitimate %d ms%n", hostileSent.get(), legitimateAnswered.get(),
                hostileSent.get() / (double) Math.max(1, legitimateAnswered.get()), slowestLegitimateNanos.get() / 1_000_000);
        assertThat(legitimateWrong).isEmpty();
        assertThat(hostileNot4xx).isEmpty();
        assertThat(legitimateAnswered.get()).isPositive();
        assertThat(hostileSent.get()).isPositive();
    }

    /** A different hostile request each time, cycling through the kinds of attack. */
    private static String hostile(int n) {
        String unique = "# " + n + "\n";
        return switch (n % 6) {
            case 0 -> JSON.writeValueAsString(Map.of("query", unique + "{ countries(first: 100) { nodes { actions(first: 100) "
                    + "{ nodes { actors { ... on Actor { statements(first: 100) { nodes { content } } } } } } } } }"));
            case 1 -> JSON.writeValueAsString(Map.of("query", unique + "{" + aliases(60) + " }"));
            case 2 -> JSON.writeValueAsString(Map.of("query", unique + "{ actor(slug: \"pablo-monroy\") { "
                    + "country { actors(first: 1) { nodes { ".repeat(8) + "name" + " } } }".repeat(8) + " } }"));
            case 3 -> JSON.writeValueAsString(Map.of("query", unique + "{" + " __typename".repeat(2000) + " }"));
            case 4 -> "{\"query\": \"{ countries" + n;
            default -> JSON.writeValueAsString(Map.of("query", unique + "{ ...A } fragment A on Query { ...B } "
                    + "fragment B on Query { ...A }"));
        };
    }

    private static String aliases(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(" a").append(i).append(": countries { nodes { code } }");
        }
        return text.toString();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .header("Content-Type", "application/json").header("Accept", "application/graphql-response+json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
