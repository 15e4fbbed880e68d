package org.diplograph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.DiplographApplication;

/**
 * One instance against two on one PostgreSQL database, on this machine: the same questions with the same total of
 * connections, all on one instance, then split between two, alternating. Both instances, the database and the load
 * tool share the machine's cores, so this measures what a second process adds here, not what a second machine would.
 * {@code ./mvnw -Pscaleout verify}; needs wrk (apt-get install wrk). Writes target/bench/scale-out.md.
 */
public final class ScaleOutBenchmark {

    private static final int FIRST = 8181;
    private static final int SECOND = 8182;
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    private ScaleOutBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int actions = Integer.getInteger("bench.actions", 100_000);
        int seconds = Integer.getInteger("bench.seconds", 10);
        int connections = Integer.getInteger("bench.connections", 8);
        String heap = System.getProperty("bench.heap", "512m");
        Path report = Path.of("target/bench/scale-out.md");
        Files.createDirectories(report.getParent());
        String classpath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process first = new ProcessBuilder(java, "-Xmx" + heap, "-cp", classpath, BenchmarkServer.class.getName(),
                "--db=postgresql", "--actions=" + actions, "--port=" + FIRST)
                .redirectErrorStream(true).redirectOutput(Path.of("target/bench/scale-out-first.log").toFile()).start();
        Process second = null;
        try {
            awaitReady(FIRST, "/bench/sql-statements", Duration.ofHours(1));
            String jdbcUrl = BenchmarkRunner.get("/bench/jdbc-url");
            second = new ProcessBuilder(java, "-Xmx" + heap, "-cp", classpath, DiplographApplication.class.getName(),
                    "--spring.profiles.active=postgres", "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=postgres", "--spring.datasource.hikari.maximum-pool-size=8",
                    "--diplograph.rate-limit.points=0", "--server.address=127.0.0.1", "--server.port=" + SECOND,
                    "--logging.level.root=WARN")
                    .redirectErrorStream(true).redirectOutput(Path.of("target/bench/scale-out-second.log").toFile()).start();
            awaitReady(SECOND, "/actuator/health/readiness", Duration.ofMinutes(5));

            StringBuilder table = new StringBuilder("Diplograph, one instance against two on one PostgreSQL, "
                    + LocalDateTime.now().withNano(0) + "\n" + Runtime.getRuntime().availableProcessors()
                    + " cores shared by the instances, PostgreSQL and wrk; " + String.format(Locale.ROOT, "%,d", actions)
                    + " actions; " + connections + " connections in all; heap -Xmx" + heap + " each; " + seconds
                    + " s warm-up on each instance, then 2 alternating rounds of " + seconds + " s\n\n"
                    + "| question | one instance req/s | two instances req/s (sum) | ratio |\n|---|---:|---:|---:|\n");
            List<Question> questions = Question.all(Targets.find(FIRST)).stream()
                    .filter(question -> !question.name().startsWith("relation") && !question.name().startsWith("counts")
                            && !question.name().startsWith("monthly")).toList();
            for (Question question : questions) {
                load(FIRST, question.diplograph(), seconds, connections);
                load(SECOND, question.diplograph(), seconds, connections);
                List<Double> one = new ArrayList<>();
                List<Double> two = new ArrayList<>();
                for (int round = 0; round < 2; round++) {
                    for (boolean single : round == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                        if (single) {
                            one.add(load(FIRST, question.diplograph(), seconds, connections));
                        } else {
                            CompletableFuture<Double> onFirst = CompletableFuture.supplyAsync(
                                    () -> loadQuietly(FIRST, question.diplograph(), seconds, connections / 2));
                            double onSecond = load(SECOND, question.diplograph(), seconds, connections - connections / 2);
                            two.add(onFirst.join() + onSecond);
                        }
                    }
                }
                double single = one.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                double pair = two.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                String row = String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f |%n", question.name(), single, pair,
                        pair / single);
                System.out.print(row);
                table.append(row);
                Files.writeString(report, table);
            }
            System.out.println();
            System.out.println(table);
            System.out.println("Report written to " + report.toAbsolutePath());
        } finally {
            if (second != null) {
                second.destroy();
                second.waitFor();
            }
            first.destroy();
            first.waitFor();
        }
    }

    private static double loadQuietly(int port, String query, int seconds, int connections) {
        try {
            return load(port, query, seconds, connections);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double load(int port, String query, int seconds, int connections) throws Exception {
        Path script = WrkScript.posting(query);
        try {
            Process wrk = new ProcessBuilder("wrk", "-t1", "-c" + connections, "-d" + seconds + "s", "--timeout", "30s",
                    "-s", script.toString(), "http://127.0.0.1:" + port + "/graphql").redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (wrk.waitFor() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            long failures = WrkScript.failedAnswers(output);
            if (failures > 0) {
                throw new IllegalStateException(failures + " answers were not 2xx or carried errors: " + output);
            }
            Matcher rps = RPS.matcher(output);
            if (!rps.find()) {
                throw new IllegalStateException("Unreadable wrk output: " + output);
            }
            return Double.parseDouble(rps.group(1));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static void awaitReady(int port, String path, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The server on port " + port + " did not become ready");
    }
}
