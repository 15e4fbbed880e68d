package org.diplograph.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.diplograph.DiplographApplication;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Serves Diplograph for the benchmark: over H2 (a file database) or PostgreSQL (embedded, its data directory kept), filled
 * with {@code --actions} synthetic actions on first use and reused afterwards, with the REST floor and the SQL
 * statement counter of the {@code benchmark} profile. Binds to 127.0.0.1 only.
 *
 * <p>Arguments: {@code --db=h2|postgresql --actions=N --port=P [--dir=target/bench]}.
 */
public final class BenchmarkServer {

    private BenchmarkServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        java.util.List<String> springArgs = new java.util.ArrayList<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (java.util.Set.of("db", "actions", "port", "dir").contains(pair[0])) {
                options.put(pair[0], pair.length > 1 ? pair[1] : "true");
            } else {
                springArgs.add(arg);
            }
        }
        String db = options.getOrDefault("db", "h2");
        int actions = Integer.parseInt(options.getOrDefault("actions", "1000"));
        String port = options.getOrDefault("port", "8181");
        Path dir = Path.of(options.getOrDefault("dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(dir);

        String url;
        String user;
        if ("postgresql".equals(db)) {
            Path data = dir.resolve("pg-" + actions);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                    .setServerConfig("shared_buffers", "512MB").setServerConfig("work_mem", "16MB").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            url = postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
            user = "postgres";
        } else {
            url = "jdbc:h2:file:" + dir.resolve("h2-" + actions) + ";CACHE_SIZE=1048576";
            user = "sa";
        }
        prepare(url, user, db, actions);

        new SpringApplicationBuilder(DiplographApplication.class)
                .profiles("benchmark")
                .initializers(context -> context.getBeanFactory().registerSingleton("benchmarkExcludesTests",
                        new ExcludeTestConfigurations()))
                .run(java.util.stream.Stream.concat(java.util.stream.Stream.of(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.hikari.maximum-pool-size=8",
                        // One load tool is one client: its budget would run out in seconds and the run measure refusals.
                        "--diplograph.rate-limit.points=0",
                        "--server.address=127.0.0.1",
                        "--server.port=" + port,
                        "--logging.level.root=WARN",
                        "--logging.level.org.diplograph=INFO"), springArgs.stream()).toArray(String[]::new));
    }

    /**
     * Migrates the database and fills it with the synthetic actions, unless an earlier run already did. The generator
     * writes the schema as it stood at V13; the later migrations derive what they add (the roll-ups of V14) from those
     * rows, as they would for a deployment that already held them.
     */
    private static void prepare(String url, String user, String db, int actions) throws Exception {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user);
            long present = migrate(dataSource, db, "13") ? 0 : countActions(dataSource);
            if (present >= actions) {
                migrate(dataSource, db, null);
                // Tables a migration has just filled have no statistics yet, and their plans would be guesses.
                analyze(dataSource, "ANALYZE");
                System.out.printf("Reusing %,d actions already in the database%n", present);
                return;
            }
            SyntheticData.Summary summary = SyntheticData.generate(dataSource, actions, 2022);
            Files.writeString(generationRecord(db, actions), summary.millis() + "\n");
            System.out.printf("Generated %,d actions, %,d actors, %,d statements, %,d countries: %,d rows in %,d ms%n",
                    summary.actions(), summary.actors(), summary.statements(), summary.countries(), summary.rows(),
                    summary.millis());
            migrate(dataSource, db, null);
            analyze(dataSource, "postgresql".equals(db) ? "VACUUM ANALYZE" : "ANALYZE");
        }
        if (url.startsWith("jdbc:h2:")) {
            // H2 appends every commit to its file; compacting once after the load shrinks it severalfold. The shutdown
            // closes the connection under us, which is the point.
            Connection connection = java.sql.DriverManager.getConnection(url, user, "");
            try (Statement compact = connection.createStatement()) {
                compact.execute("SHUTDOWN COMPACT");
            } catch (java.sql.SQLException closedByShutdown) {
                // expected
            }
        }
    }

    /**
     * Migrates up to the target version (every migration when null); true when the database was new, so that the
     * synthetic data is generated into the schema the generator knows.
     */
    private static boolean migrate(DataSource dataSource, String db, String target) {
        var flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + db);
        if (target != null) {
            flyway = flyway.target(target);
        }
        var loaded = flyway.load();
        boolean fresh = loaded.info().applied().length == 0;
        if (target == null || fresh) {
            loaded.migrate();
        }
        return fresh;
    }

    private static void analyze(DataSource dataSource, String statement) throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection(); Statement analyze = connection.createStatement()) {
            analyze.execute(statement);
        }
    }

    private static long countActions(DataSource dataSource) throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection(); Statement query = connection.createStatement();
             ResultSet rs = query.executeQuery("SELECT COUNT(*) FROM action")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** How long the synthetic data of this database and size took to generate, when this machine generated it. */
    static String generationTime(String db, int actions) throws IOException {
        Path record = generationRecord(db, actions);
        return Files.exists(record)
                ? String.format(java.util.Locale.ROOT, "%.0f s", Long.parseLong(Files.readString(record).strip()) / 1000.0)
                : "–";
    }

    /** Bytes the database of this size takes on disk, indexes included. */
    static long sizeOnDisk(String db, int actions) throws IOException {
        Path dir = Path.of("target/bench");
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> dir.relativize(file).toString().startsWith(
                            ("postgresql".equals(db) ? "pg-" : "h2-") + actions + ("postgresql".equals(db) ? "/" : ".")))
                    .mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static Path generationRecord(String db, int actions) {
        return Path.of("target/bench", db + "-" + actions + ".generated-ms");
    }

    /** The benchmark runs from the test classpath; test-only configurations must stay out of it. */
    static final class ExcludeTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())
                    || reader.getClassMetadata().getClassName().startsWith("org.diplograph.support.");
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
