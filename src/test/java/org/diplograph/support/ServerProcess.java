package org.diplograph.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.diplograph.DiplographApplication;

/**
 * Diplograph as a separate operating-system process, for tests about what happens to the process itself (a kill, a
 * shutdown): the application's own classpath, bound to 127.0.0.1 on a free port, working in a directory of the test's
 * choosing, on the kind of database the suite runs on.
 */
public final class ServerProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The database arguments of a server: none on H2 (the default, durable file database under ./data of the working
     * directory), or a new database of the embedded PostgreSQL server. Pass the same arguments to restart on it.
     */
    public static List<String> newDatabase() {
        if (TestDatabases.onPostgres()) {
            try (HikariDataSource postgres = TestDatabases.freshDatabase()) {
                return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + postgres.getJdbcUrl(),
                        "--spring.datasource.username=postgres");
            }
        }
        return List.of();
    }

    /** Starts a server and waits until it is ready for traffic. */
    public static ServerProcess start(Path workingDirectory, int port, List<String> arguments) throws Exception {
        return start(workingDirectory, port, arguments, Map.of());
    }

    /**
     * Starts a server with these environment variables (configured as an operator would), and waits until it is ready
     * for traffic. Without DIPLOGRAPH_API_KEYS among them or a .env in the working directory (which then says what
     * keys there are), the server knows the test writer's key.
     */
    public static ServerProcess start(Path workingDirectory, int port, List<String> arguments,
                                      Map<String, String> environment) throws Exception {
        List<String> command = application();
        command.addAll(List.of("--server.address=127.0.0.1", "--server.port=" + port, "--logging.level.root=WARN"));
        if (!environment.containsKey("DIPLOGRAPH_API_KEYS") && !Files.exists(workingDirectory.resolve(".env"))) {
            command.add("--diplograph.security.api-keys=tester:" + WriteTest.WRITER_KEY);
        }
        command.addAll(arguments);
        Path log = workingDirectory.resolve("server-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        ServerProcess server = new ServerProcess(process, port, log);
        server.awaitReady();
        return server;
    }

    /**
     * The command line that runs Diplograph's main class on the application's own classpath, without the test classes
     * (their configurations are for tests only), with the JVM options tests use; arguments go after it.
     */
    public static List<String> application() {
        return application(TEST_JVM);
    }

    /**
     * Options for a server a test starts: a small heap, and the C1 compiler alone with the serial collector, which
     * start a server in less than half the CPU time (the tests are short, so C2's compilations would never repay).
     * Benchmarks pass their own options instead.
     */
    private static final List<String> TEST_JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The command line that runs Diplograph's main class with exactly these JVM options. */
    public static List<String> application(List<String> jvmOptions) {
        String classpath = String.join(java.io.File.pathSeparator, Arrays.stream(
                        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                                .split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).toList());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, DiplographApplication.class.getName()));
        return command;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public Process process() {
        return process;
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> post(String body, boolean authenticated) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authenticated) {
            request.header("Authorization", "Bearer " + WriteTest.WRITER_KEY);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The server process exited during start-up:\n" + log());
            }
            try {
                HttpResponse<String> readiness = HTTP.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The server did not start within 120 s");
    }

    /** Kills the process without letting it run shutdown hooks, as a power cut or the OOM killer would. */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
