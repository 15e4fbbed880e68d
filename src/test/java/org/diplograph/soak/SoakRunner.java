package org.diplograph.soak;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.diplograph.DiplographApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The soak: Diplograph serves on 127.0.0.1 (random port, in-memory H2, this JVM) while clients send a mix of reads
 * (nested, filtered, full-text, aggregate, by GET) and writes (new actors) for a bounded time and request count, then
 * it reports requests, errors (any legitimate request not answered 200 without errors), p50/p99 latency and the heap
 * in use after a full GC before and after. Stops by itself.
 *
 * <p>{@code ./mvnw -Psoak verify} (README, "Limits and security"); {@code -Dsoak.minutes}, {@code -Dsoak.maxRequests},
 * {@code -Dsoak.clients}. Writes {@code target/soak/report.md}.
 */
public final class SoakRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KEY = "soak-writer-key-0123456789-0123456789";
    private static final List<String> READS = List.of(
            "{ countries(first: 6) { nodes { code actions(first: 5) { nodes { summary actors { ... on Actor { name } } } } } } }",
            "{ actions(first: 20, filter: {countries: [\"MX\"], occurred: {from: \"2022-12-01\", to: \"2022-12-31\"}}) "
                    + "{ totalCount nodes { summary eventCode { code name } } } }",
            "{ statements(first: 10, filter: {search: \"Peru\"}) { nodes { content speaker { name } } } }",
            "{ intensitySeries(filter: {between: [\"MX\", \"PE\"]}, interval: WEEK) { periodStart count meanIntensity } }",
            "{ actors(first: 50, orderBy: {field: NAME}) { totalCount edges { cursor node { name country { name } } } } }");

    private SoakRunner() {
    }

    public static void main(String[] args) throws Exception {
        Duration length = Duration.ofSeconds(Math.round(Double.parseDouble(System.getProperty("soak.minutes", "5")) * 60));
        int maxRequests = Integer.parseInt(System.getProperty("soak.maxRequests", "2000000"));
        int clients = Integer.parseInt(System.getProperty("soak.clients", "4"));

        // Command-line arguments, so they win over any configuration file on the classpath.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(DiplographApplication.class).run(
                "--server.address=127.0.0.1", "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:soak;DB_CLOSE_DELAY=-1",
                "--diplograph.security.api-keys=soak:" + KEY + ":write", "--logging.level.root=WARN",
                "--diplograph.rate-limit.points=0");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String endpoint = "http://127.0.0.1:" + port + "/graphql";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String evidence = sentenceId(http, endpoint);

        long heapBefore = usedHeapAfterGc();
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong errorCount = new AtomicLong();
        long[][] latencies = new long[clients][];
        Instant started = Instant.now();
        long deadline = System.nanoTime() + length.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            int id = client;
            workers.add(threads.submit(() -> {
                long[] mine = new long[maxRequests / clients + 1];
                int count = 0;
                while (System.nanoTime() < deadline && count < mine.length && issued.incrementAndGet() <= maxRequests) {
                    int n = count++;
                    long begun = System.nanoTime();
                    String problem;
                    if (n % 10 == 9) {
                        problem = write(http, endpoint, "soak-%d-%d".formatted(id, n), evidence);
                        writes.incrementAndGet();
                    } else if (n % 10 == 8) {
                        problem = check(http.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                                + URLEncoder.encode(READS.get(0), StandardCharsets.UTF_8))).GET().build(),
                                HttpResponse.BodyHandlers.ofString()));
                    } else {
                        problem = check(post(http, endpoint, Map.of("query", READS.get(n % READS.size())), false));
                    }
                    mine[n] = System.nanoTime() - begun;
                    if (problem != null) {
                        errorCount.incrementAndGet();
                        if (errors.size() < 10) {
                            errors.add(problem);
                        }
                    }
                }
                latencies[id] = Arrays.copyOf(mine, count);
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        threads.shutdown();
        Duration ran = Duration.between(started, Instant.now());
        long heapAfter = usedHeapAfterGc();
        app.close();

        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        String report = """
                # Soak

                - %s, %d clients on loopback, %d s of mixed reads and writes (one request in ten a write, one a GET)
                - requests: %,d (%,d writes), %.0f per second
                - errors among legitimate requests: %d
                - latency p50 %.2f ms, p99 %.2f ms, max %.2f ms
                - heap in use after a full GC: %.1f MiB before, %.1f MiB after
                """.formatted(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), clients, ran.toSeconds(), all.length,
                writes.get(), all.length / (ran.toMillis() / 1000.0), errorCount.get(),
                percentile(all, 50), percentile(all, 99), all.length == 0 ? 0 : all[all.length - 1] / 1e6,
                heapBefore / 1048576.0, heapAfter / 1048576.0);
        System.out.println(report);
        errors.forEach(error -> System.out.println("error: " + error));
        Path out = Path.of("target/soak/report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.exit(errorCount.get() == 0 ? 0 : 1);
    }

    private static String write(HttpClient http, String endpoint, String slug, String evidence) throws Exception {
        Map<String, Object> input = Map.of("slug", slug, "kind", "PERSON", "name", "Soak " + slug,
                "description", "An actor written by the soak", "country", "PER", "firstMention", evidence);
        HttpResponse<String> response = post(http, endpoint, Map.of("query",
                "mutation($input: RecordActorInput!) { recordActor(input: $input) { actor { id } userErrors { code message } } }",
                "variables", Map.of("input", input)), true);
        String problem = check(response);
        if (problem == null && !response.body().contains("\"userErrors\":[]")) {
            return "write refused: " + response.body();
        }
        return problem;
    }

    private static String check(HttpResponse<String> response) {
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            return response.statusCode() + " " + response.body();
        }
        return null;
    }

    private static HttpResponse<String> post(HttpClient http, String endpoint, Map<String, Object> body, boolean authenticated)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (authenticated) {
            request.header("Authorization", "Bearer " + KEY);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sentenceId(HttpClient http, String endpoint) throws Exception {
        HttpResponse<String> response = post(http, endpoint, Map.of("query",
                "{ sources(first: 1) { nodes { sentences(first: 1) { nodes { id } } } } }"), false);
        Map<?, ?> body = JSON.readValue(response.body(), Map.class);
        Map<?, ?> data = (Map<?, ?>) body.get("data");
        Map<?, ?> source = (Map<?, ?>) ((List<?>) ((Map<?, ?>) data.get("sources")).get("nodes")).get(0);
        return (String) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) source.get("sentences")).get("nodes")).get(0)).get("id");
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
