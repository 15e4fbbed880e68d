package org.diplograph.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the benchmark: for each database and data size, starts a {@link BenchmarkServer} (a separate JVM, bound to
 * 127.0.0.1), then drives each representative query through wrk, the HTTP load generator, against the GraphQL API and
 * against the REST floor running the same SQL. For each it reports requests/s under load, p50/p99 latency of a single
 * client, and the SQL statements one request sends. Every run stops by itself.
 *
 * <p>System properties: {@code bench.dbs} (default {@code h2,postgresql}), {@code bench.sizes} (default
 * {@code 1000,1000000}), {@code bench.seconds} (default 10), {@code bench.connections} (default 8),
 * {@code bench.report} (default {@code target/bench/report.md}).
 */
public final class BenchmarkRunner {

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)(?:\\.000)?%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final int PORT = 8181;

    private record Query(String name, String graphQl, String restPath) {
    }

    private record Load(double rps, double p50, double p99, long statements, long failures) {
    }

    private BenchmarkRunner() {
    }

    public static void main(String[] args) throws Exception {
        requireWrk();
        List<String> dbs = List.of(System.getProperty("bench.dbs", "h2,postgresql").split(","));
        List<Integer> sizes = List.of(System.getProperty("bench.sizes", "1000,1000000").split(",")).stream()
                .map(Integer::parseInt).toList();
        int seconds = Integer.getInteger("bench.seconds", 10);
        int connections = Integer.getInteger("bench.connections", 8);
        Path report = Path.of(System.getProperty("bench.report", "target/bench/report.md"));
        Files.createDirectories(report.getParent());

        StringBuilder table = new StringBuilder();
        table.append("Diplograph benchmark, ").append(LocalDateTime.now().withNano(0)).append('\n')
                .append(machine()).append('\n')
                .append("wrk: ").append(connections).append(" connections for requests/s; 1 connection for p50/p99; ")
                .append(seconds).append(" s each, after every query ran ").append(seconds)
                .append(" s on both APIs and a further ").append(Math.max(3, seconds / 2)).append(" s just before its measurement\n\n")
                .append("| db | actions | query | GraphQL req/s | p50 ms | p99 ms | SQL/req | REST req/s | p50 ms | p99 ms | SQL/req | GraphQL/REST |\n")
                .append("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String db : dbs) {
            for (int size : sizes) {
                Process server = startServer(db, size);
                try {
                    waitUntilReady();
                    warmUp(queries(), seconds, connections);
                    for (Query query : queries()) {
                        Load graphQl = measure("POST", "/graphql", graphQlBody(query.graphQl()), seconds, connections);
                        Load rest = measure("GET", query.restPath(), null, seconds, connections);
                        String row = String.format(Locale.ROOT,
                                "| %s | %,d | %s | %.0f | %.2f | %.2f | %d | %.0f | %.2f | %.2f | %d | %.2f |%n",
                                db, size, query.name(), graphQl.rps(), graphQl.p50(), graphQl.p99(), graphQl.statements(),
                                rest.rps(), rest.p50(), rest.p99(), rest.statements(), graphQl.rps() / rest.rps());
                        if (graphQl.failures() + rest.failures() > 0) {
                            row = row.stripTrailing() + " (non-2xx: " + (graphQl.failures() + rest.failures()) + ")\n";
                        }
                        System.out.print(row);
                        table.append(row);
                        Files.writeString(report, table);
                    }
                } finally {
                    server.destroy();
                    server.waitFor();
                }
            }
        }
        System.out.println();
        System.out.println(table);
        System.out.println("Report written to " + report.toAbsolutePath());
    }

    /** The representative queries: nested read, filtered first page, deep page, aggregate series. */
    private static List<Query> queries() throws Exception {
        String[] top = get("/bench/top-countries").split(",");
        String middle = get("/bench/middle-cursor");
        return List.of(
                new Query("nested read", """
                        { countries(first: 10) { nodes { code
                            actions(first: 5) { nodes { summary
                              actors { ... on Actor { name statements(first: 3) { nodes { content } } } } } } } } }""",
                        "/bench/rest/nested"),
                new Query("filtered first page", """
                        { actions(first: 20, filter: {countries: ["%s"], occurred: {from: "2019-01-01", to: "2020-12-31"}}) {
                            nodes { summary occurred { date } eventCode { code } } } }""".formatted(top[0]),
                        "/bench/rest/actions?country=%s&from=2019-01-01&to=2020-12-31".formatted(top[0])),
                new Query("deep page", """
                        { actions(first: 20, after: "%s") { nodes { summary occurred { date } eventCode { code } } } }"""
                        .formatted(middle), "/bench/rest/actions?after=" + URLEncoder.encode(middle, StandardCharsets.UTF_8)),
                new Query("aggregate series", """
                        { intensitySeries(filter: {between: ["%s", "%s"]}, interval: MONTH) {
                            periodStart count totalIntensity meanIntensity } }""".formatted(top[0], top[1]),
                        "/bench/rest/series?a=%s&b=%s".formatted(top[0], top[1])));
    }

    /**
     * A fresh JVM interprets before it compiles and a fresh database reads from disk before its cache is warm; without
     * this, whichever API is measured first pays for both and the comparison is unfair.
     */
    private static void warmUp(List<Query> queries, int seconds, int connections) throws Exception {
        for (Query query : queries) {
            for (boolean graphQl : new boolean[] {true, false}) {
                Path script = Files.createTempFile("wrk", ".lua");
                Files.writeString(script, graphQl ? script("POST", graphQlBody(query.graphQl())) : script("GET", null));
                try {
                    wrk(script, graphQl ? "/graphql" : query.restPath(), 2, connections, seconds);
                    awaitIdle();
                } finally {
                    Files.deleteIfExists(script);
                }
            }
        }
    }

    private static String script(String method, String body) {
        return "wrk.method = \"" + method + "\"\n"
                + (body == null ? "" : "wrk.body = [==[" + body + "]==]\nwrk.headers[\"Content-Type\"] = \"application/json\"\n");
    }

    /**
     * Waits until the server has finished the requests wrk left in flight: a slow query keeps running after wrk stops,
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

    private static Load measure(String method, String path, String body, int seconds, int connections) throws Exception {
        Path script = Files.createTempFile("wrk", ".lua");
        Files.writeString(script, script(method, body));
        try {
            wrk(script, path, 2, connections, Math.max(3, seconds / 2));
            awaitIdle();
            long before = Long.parseLong(get("/bench/sql-statements"));
            HttpResponse<String> one = send(method, path, body);
            long statements = Long.parseLong(get("/bench/sql-statements")) - before;
            if (one.statusCode() != 200 || (body != null && one.body().contains("\"errors\""))) {
                throw new IllegalStateException("Query failed: " + one.body());
            }
            String throughput = wrk(script, path, 2, connections, seconds);
            awaitIdle();
            String latency = wrk(script, path, 1, 1, seconds);
            awaitIdle();
            double p50 = 0;
            double p99 = 0;
            Matcher percentiles = PERCENTILE.matcher(latency);
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
            long failures = 0;
            for (String output : List.of(throughput, latency)) {
                Matcher non2xx = NON_2XX.matcher(output);
                if (non2xx.find()) {
                    failures += Long.parseLong(non2xx.group(1));
                }
            }
            Matcher rps = RPS.matcher(throughput);
            if (!rps.find()) {
                throw new IllegalStateException("Unreadable wrk output: " + throughput);
            }
            return new Load(Double.parseDouble(rps.group(1)), p50, p99, statements, failures);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String wrk(Path script, String path, int threads, int connections, int seconds) throws Exception {
        Process wrk = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
                "--timeout", "30s", "-s", script.toString(), "http://127.0.0.1:" + PORT + path)
                .redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + output);
        }
        return output;
    }

    private static Process startServer(String db, int size) throws IOException {
        String classpath = System.getProperty("java.class.path");
        Path log = Path.of("target/bench/server-" + db + "-" + size + ".log");
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx6g", "-cp", classpath, BenchmarkServer.class.getName(),
                "--db=" + db, "--actions=" + size, "--port=" + PORT)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitUntilReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofHours(2).toNanos();
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

    private static String graphQlBody(String query) {
        return "{\"query\":\"" + query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}";
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode());
        }
        return response.body().replace("\"", "");
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + path))
                .timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void requireWrk() throws Exception {
        try {
            new ProcessBuilder("wrk", "--version").start().waitFor();
        } catch (IOException missing) {
            throw new IllegalStateException("wrk is not installed: apt-get install wrk (Debian's package).", missing);
        }
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .findFirst().map(line -> line.replaceFirst(".*:\\s*", "")).orElse("unknown CPU");
        return "Machine: %s, %d cores, %d GiB RAM; Java %s".formatted(cpu, Runtime.getRuntime().availableProcessors(),
                new com.sun.management.OperatingSystemMXBean[] {
                        (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                }[0].getTotalMemorySize() >> 30, System.getProperty("java.version"));
    }
}
