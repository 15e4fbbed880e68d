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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the benchmark: for each database and data size, starts a {@link BenchmarkServer} (a separate JVM, bound to
 * 127.0.0.1) and, on PostgreSQL, PostGraphile over the same database ({@link Peer}); then asks both the same questions
 * through wrk, the HTTP load generator, in alternating rounds. It reports requests/s and p50/p99 latency under load, the
 * SQL statements one Diplograph request sends, and the resident memory of both servers after the run. Every run stops
 * by itself.
 *
 * <p>System properties: {@code bench.runs} (default
 * {@code postgresql:1000,h2:100000,postgresql:100000,postgresql:1000000,postgresql:3000000}), {@code bench.seconds}
 * (default 10: each question is measured for that long on each server, in two rounds), {@code bench.connections}
 * (default 8), {@code bench.heap} (the server's {@code -Xmx}, default 512m), {@code bench.serverJvmArgs} (more
 * options for the server's JVM, such as a JFR recording), {@code bench.questions} (a comma-separated list of words;
 * only the questions whose name contains one are asked, to profile one), {@code bench.report} (default
 * {@code target/bench/report.md}).
 */
public final class BenchmarkRunner {

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: .*");
    static final int PORT = 8181;
    private static final int ROUNDS = 2;
    /** The servers' databases and logs: {@code -Dbench.dir}, by default where BenchmarkServer keeps them. */
    private static final Path DIRECTORY = Path.of(System.getProperty("bench.dir",
            BenchmarkServer.DEFAULT_DIRECTORY.toString()));

    /** Figures of one server answering one question. */
    record Load(double rps, double p50, double p99, long failures) {

        static Load combine(List<Load> rounds) {
            return new Load(rounds.stream().mapToDouble(Load::rps).average().orElse(0),
                    rounds.stream().mapToDouble(Load::p50).average().orElse(0),
                    rounds.stream().mapToDouble(Load::p99).max().orElse(0),
                    rounds.stream().mapToLong(Load::failures).sum());
        }
    }

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        if ("none".equals(System.getProperty("bench.runs"))) {
            return;
        }
        requireTool("wrk", "wrk is not installed: apt-get install wrk (Debian's package).");
        List<String[]> runs = Stream.of(System.getProperty("bench.runs",
                        "postgresql:1000,h2:100000,postgresql:100000,postgresql:1000000,postgresql:3000000").split(","))
                .map(run -> run.split(":")).toList();
        if (runs.stream().anyMatch(run -> "postgresql".equals(run[0]))) {
            requireTool("node", "Node.js is not installed: apt-get install nodejs npm (Debian's packages).");
        }
        int seconds = Integer.getInteger("bench.seconds", 10);
        int connections = Integer.getInteger("bench.connections", 8);
        String heap = System.getProperty("bench.heap", "512m");
        Path report = Path.of(System.getProperty("bench.report", "target/bench/report.md"));
        Files.createDirectories(report.getParent());

        StringBuilder table = new StringBuilder();
        StringBuilder data = new StringBuilder();
        List<String> failedRuns = new ArrayList<>();
        table.append("Diplograph benchmark, ").append(LocalDateTime.now().withNano(0)).append('\n')
                .append(machine()).append("; server JVM -Xmx").append(heap).append(' ')
                .append(System.getProperty("bench.serverJvmArgs", "")).append('\n')
                .append("wrk, ").append(connections).append(" connections; each question ran ").append(seconds)
                .append(" s on each server to warm up, then ").append(ROUNDS).append(" alternating rounds of ")
                .append(seconds / ROUNDS).append(" s on each; req/s and p50 are the rounds' mean, p99 the worse round\n\n")
                .append("| db | actions | question | Diplograph req/s | p50 ms | p99 ms | SQL/req | PostGraphile req/s | p50 ms | p99 ms | ratio |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        data.append("\n| db | actions | generated in | on disk | Diplograph RSS after the run | PostGraphile RSS after the run |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (String[] run : runs) {
            String db = run[0];
            int size = Integer.parseInt(run[1]);
            Process server = startServer(db, size, heap);
            Peer peer = null;
            try {
                waitUntilReady();
                if ("postgresql".equals(db)) {
                    peer = Peer.start(get("/bench/jdbc-url"));
                }
                List<Question> questions = Question.all(Targets.find(PORT)).stream().filter(BenchmarkRunner::chosen)
                        .toList();
                for (Question question : questions) {
                    checkSameAnswers(question, peer);
                }
                for (Question question : questions) {
                    warmUp(question, peer, seconds, connections);
                }
                for (int index = 0; index < questions.size(); index++) {
                    Question question = questions.get(index);
                    long statements = statementsOf(question);
                    List<Load> ours = new ArrayList<>();
                    List<Load> theirs = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        boolean oursFirst = (index + round) % 2 == 0;
                        for (boolean turnOfOurs : new boolean[] {oursFirst, !oursFirst}) {
                            if (turnOfOurs) {
                                ours.add(measure(PORT, question.diplograph(), seconds / ROUNDS, connections));
                            } else if (peer != null && question.postgraphile() != null) {
                                theirs.add(measure(Peer.PORT, question.postgraphile(), seconds / ROUNDS, connections));
                            }
                        }
                    }
                    Load diplograph = Load.combine(ours);
                    String row = String.format(Locale.ROOT, "| %s | %,d | %s | %.0f | %.2f | %.2f | %d | %s |%n",
                            db, size, question.name(), diplograph.rps(), diplograph.p50(), diplograph.p99(), statements,
                            theirs.isEmpty() ? "– | – | – | –" : peerColumns(diplograph, Load.combine(theirs)));
                    long theirFailures = theirs.stream().mapToLong(Load::failures).sum();
                    if (diplograph.failures() + theirFailures > 0) {
                        String failed = "%s at %,d on %s: %,d failed answers of Diplograph, %,d of PostGraphile"
                                .formatted(question.name(), size, db, diplograph.failures(), theirFailures);
                        failedRuns.add(failed);
                        row = row.stripTrailing() + " (failed answers: " + diplograph.failures() + " / " + theirFailures
                                + ")\n";
                    }
                    System.out.print(row);
                    table.append(row);
                    Files.writeString(report, table.toString() + data);
                }
                data.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", db, size,
                        BenchmarkServer.generationTime(DIRECTORY, db, size),
                        megabytes(BenchmarkServer.sizeOnDisk(DIRECTORY, db, size)),
                        megabytes(residentBytes(server.pid())), peer == null ? "–" : megabytes(residentBytes(peer.pid()))));
                Files.writeString(report, table.toString() + data);
            } finally {
                if (peer != null) {
                    peer.stop();
                }
                server.destroy();
                server.waitFor();
            }
        }
        System.out.println();
        System.out.println(table.toString() + data);
        System.out.println("Report written to " + report.toAbsolutePath());
        if (!failedRuns.isEmpty()) {
            // A rate of failures is no throughput: the run fails so that its figures are not taken for a result.
            throw new IllegalStateException("Answers failed (non-2xx or errors in the body):\n"
                    + String.join("\n", failedRuns));
        }
    }

    private static String peerColumns(Load ours, Load theirs) {
        if (theirs.rps() == 0) {
            return "none answered in time | – | – | –";
        }
        return String.format(Locale.ROOT, "%.0f | %.2f | %.2f | %.2f", theirs.rps(), theirs.p50(), theirs.p99(),
                ours.rps() / theirs.rps());
    }

    /**
     * Both servers must give the same answer, or the comparison is meaningless: the field names differ, so the answers
     * are compared as the sequence of their values.
     */
    private static void checkSameAnswers(Question question, Peer peer) throws Exception {
        String ours = answer(PORT, question.diplograph());
        if (peer == null || question.postgraphile() == null) {
            return;
        }
        String theirs = answer(Peer.PORT, question.postgraphile());
        List<String> ourValues = Answers.values(ours);
        List<String> theirValues = Answers.values(theirs);
        if (!ourValues.equals(theirValues)) {
            throw new IllegalStateException("Diplograph and PostGraphile answer '%s' differently:%n%s%n%s"
                    .formatted(question.name(), ours, theirs));
        }
        if (ourValues.size() < 3) {
            throw new IllegalStateException("'%s' has too little data to compare: %s".formatted(question.name(), ours));
        }
    }

    private static String answer(int port, String query) throws Exception {
        HttpResponse<String> response = post(port, graphQlBody(query));
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException("Query failed on port %d: %s".formatted(port, response.body()));
        }
        return response.body();
    }

    /** SQL statements one Diplograph request sends on an idle server. */
    private static long statementsOf(Question question) throws Exception {
        awaitIdle();
        long before = Long.parseLong(get("/bench/sql-statements"));
        answer(PORT, question.diplograph());
        return Long.parseLong(get("/bench/sql-statements")) - before;
    }

    /**
     * A fresh JVM interprets before it compiles and a fresh database reads from disk before its cache is warm; without
     * this, whichever server is measured first pays for both and the comparison is unfair.
     */
    private static void warmUp(Question question, Peer peer, int seconds, int connections) throws Exception {
        measure(PORT, question.diplograph(), seconds, connections);
        if (peer != null && question.postgraphile() != null) {
            measure(Peer.PORT, question.postgraphile(), seconds, connections);
        }
    }

    private static Load measure(int port, String query, int seconds, int connections) throws Exception {
        Path script = WrkScript.posting(query);
        try {
            String output = wrk(script, port, connections, seconds);
            awaitIdle();
            double p50 = 0;
            double p99 = 0;
            Matcher percentiles = PERCENTILE.matcher(output);
            while (percentiles.find()) {
                double millis = Double.parseDouble(percentiles.group(2)) * switch (percentiles.group(3)) {
                    case "us" -> 0.001;
                    case "s" -> 1000;
                    default -> 1;
                };
                if ("50".equals(percentiles.group(1))) {
                    p50 = millis;
                } else {
                    p99 = millis;
                }
            }
            long failures = WrkScript.failedAnswers(output);
            if (ERRORS.matcher(output).find()) {
                failures += 1;
            }
            Matcher rps = RPS.matcher(output);
            if (!rps.find()) {
                throw new IllegalStateException("Unreadable wrk output: " + output);
            }
            return new Load(Double.parseDouble(rps.group(1)), p50, p99, failures);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String wrk(Path script, int port, int connections, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "30s", "-s", script.toString(), "http://127.0.0.1:" + port + "/graphql")
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return output;
    }

    /**
     * Waits until Diplograph has finished the requests wrk left in flight: a slow query keeps running after wrk stops,
     * and would otherwise take CPU from the next measurement and add its statements to the next count.
     */
    private static void awaitIdle() throws Exception {
        for (int waited = 0; waited < 600; waited++) {
            if (Long.parseLong(get("/bench/in-flight")) == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The server still had requests in flight 120 s after the load stopped");
    }

    private static boolean chosen(Question question) {
        String chosen = System.getProperty("bench.questions", "");
        return chosen.isBlank() || Stream.of(chosen.split(",")).anyMatch(word -> question.name().contains(word.strip()));
    }

    static Process startServer(String db, int size, String heap) throws IOException {
        String classpath = System.getProperty("java.class.path");
        Path log = DIRECTORY.resolve("server-" + db + "-" + size + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap));
        String extra = System.getProperty("bench.serverJvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.strip().split("\\s+")));
        }
        command.addAll(List.of("-cp", classpath, BenchmarkServer.class.getName(), "--db=" + db, "--actions=" + size,
                "--port=" + PORT, "--dir=" + DIRECTORY.toAbsolutePath()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofHours(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                get("/bench/sql-statements");
                return;
            } catch (IOException notYet) {
                Thread.sleep(2000);
            }
        }
        throw new IllegalStateException("Benchmark server did not start");
    }

    static String graphQlBody(String query) {
        return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
    }

    static String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body().replace("\"", "");
    }

    static HttpResponse<String> post(int port, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long residentBytes(long pid) throws IOException {
        return memoryStatus(pid, "VmRSS");
    }

    /** A memory figure of a process from /proc/PID/status, in bytes: VmRSS now, VmHWM its peak so far. */
    static long memoryStatus(long pid, String field) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith(field + ":"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0);
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "–" : String.format(Locale.ROOT, "%,d MB", bytes >> 20);
    }

    private static void requireTool(String tool, String howToInstall) throws Exception {
        try {
            new ProcessBuilder(tool, "--version").start().waitFor();
        } catch (IOException missing) {
            throw new IllegalStateException(howToInstall, missing);
        }
    }

    static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.replaceFirst(".*:\\s*", "")).orElse("unknown CPU");
        long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize();
        return "Machine: %s, %d cores, %d GiB RAM; Java %s".formatted(cpu, Runtime.getRuntime().availableProcessors(),
                memory >> 30, System.getProperty("java.version"));
    }
}
