package org.diplograph.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * PostGraphile 4.14 (with the simplify inflector) run by Node.js over the benchmark's PostgreSQL database: the peer
 * Diplograph is compared with. Installed once into {@code target/bench/peer} from the versions pinned in
 * {@code src/test/peer} ({@code npm ci}, from the npm registry); bound to 127.0.0.1; stopped with the benchmark.
 */
final class Peer {

    static final int PORT = 8282;
    private static final Path SOURCE = Path.of("src/test/peer");
    private static final Path HOME = Path.of("target/bench/peer");

    private final Process process;

    private Peer(Process process) {
        this.process = process;
    }

    /** Starts PostGraphile over the database Diplograph uses, given its JDBC URL, and waits until it answers. */
    static Peer start(String jdbcUrl) throws Exception {
        install();
        Process process = new ProcessBuilder("node", "server.js", databaseUrl(jdbcUrl), String.valueOf(PORT))
                .directory(HOME.toFile()).redirectErrorStream(true)
                .redirectOutput(Path.of("target/bench/postgraphile.log").toFile()).start();
        Peer peer = new Peer(process);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (BenchmarkRunner.post(PORT, BenchmarkRunner.graphQlBody("{ __typename }")).statusCode() == 200) {
                    return peer;
                }
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("PostGraphile exited: see target/bench/postgraphile.log");
                }
            }
            Thread.sleep(500);
        }
        peer.stop();
        throw new IllegalStateException("PostGraphile did not start: see target/bench/postgraphile.log");
    }

    long pid() {
        return process.pid();
    }

    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static void install() throws Exception {
        Files.createDirectories(HOME);
        boolean changed = false;
        for (String file : List.of("package.json", "package-lock.json", "server.js", "postgraphile.tags.json5")) {
            Path target = HOME.resolve(file);
            byte[] wanted = Files.readAllBytes(SOURCE.resolve(file));
            if (!Files.exists(target) || !java.util.Arrays.equals(wanted, Files.readAllBytes(target))) {
                Files.copy(SOURCE.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                changed = true;
            }
        }
        if (changed || !Files.isDirectory(HOME.resolve("node_modules/postgraphile"))) {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(HOME.toFile())
                    .inheritIO().start();
            if (npm.waitFor() != 0) {
                throw new IllegalStateException("npm ci failed in " + HOME);
            }
        }
    }

    /** jdbc:postgresql://host:port/db?user=u&... becomes postgres://u@host:port/db, the form node-postgres reads. */
    static String databaseUrl(String jdbcUrl) {
        String rest = jdbcUrl.replaceFirst("^jdbc:postgresql://", "");
        String hostAndDatabase = rest.split("\\?", 2)[0];
        String user = "postgres";
        if (rest.contains("?")) {
            for (String parameter : rest.split("\\?", 2)[1].split("&")) {
                if (parameter.startsWith("user=")) {
                    user = parameter.substring(5);
                }
            }
        }
        return "postgres://" + user + "@" + hostAndDatabase;
    }
}
