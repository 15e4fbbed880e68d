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

    /** Where the databases, their generation records and the logs live unless {@code --dir} says otherwise. */
    static final Path DEFAULT_DIRECTORY = Path.of("target/bench");

    /** The roll-ups V14 derives from the actions already there, re-derived after a load (see {@link #prepare}). */
    private static final String ROLLUP_MIGRATION = "db/migration/V14__action_rollups.sql";

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
        Path dir = Path.of(options.getOrDefault("dir", DEFAULT_DIRECTORY.toString())).toAbsolutePath();
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
        prepare(url, user, db, actions, dir);

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
     * Migrates the database and fills it with the synthetic actions, unless an earlier run already did. The load goes
     * into the schema as the migrations leave it, countries and all; the roll-ups, which the application keeps up to
     * date write by write and V14 derived from the actions then present, are derived again from the loaded rows by
     * V14's own statements, as they would be for a deployment that already held them.
     */
    static void prepare(String url, String user, String db, int actions, Path dir) throws Exception {
        try (HikariDataSource dataSource = new HikariDataSource()) {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(user);
            long present = migrate(dataSource, db) ? 0 : countActions(dataSource);
            if (present >= actions) {
                // Tables a migration has just filled have no statistics yet, and their plans would be guesses.
                analyze(dataSource, "ANALYZE");
                System.out.printf("Reusing %,d actions already in the database%n", present);
                return;
            }
            SyntheticData.Summary summary = SyntheticData.generate(dataSource, actions, 2022);
            deriveRollups(dataSource);
            Files.writeString(generationRecord(dir, db, actions), summary.millis() + "\n");
            System.out.printf("Generated %,d actions, %,d actors, %,d statements, %,d countries: %,d rows in %,d ms%n",
                    summary.actions(), summary.actors(), summary.statements(), summary.countries(), summary.rows(),
                    summary.millis());
            analyze(dataSource, "postgresql".equals(db) ? "VACUUM ANALYZE" : "ANALYZE");
        }
        if (url.startsWith("jdbc:h2:file:")) {
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

    /** Empties the roll-up tables and runs V14's statements that fill them (everything from its first INSERT on). */
    private static void deriveRollups(DataSource dataSource) throws IOException, java.sql.SQLException {
        String script;
        try (var in = BenchmarkServer.class.getClassLoader().getResourceAsStream(ROLLUP_MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException(ROLLUP_MIGRATION + " is not on the classpath");
            }
            script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String inserts = script.substring(script.indexOf("INSERT INTO"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM action_day_totals");
            statement.execute("DELETE FROM action_code_totals");
            for (String insert : inserts.split(";\\s*")) {
                if (!insert.isBlank()) {
                    statement.execute(insert);
                }
            }
        }
    }

    /** Migrates to the latest version; true when the database was new, so that the synthetic data goes in. */
    private static boolean migrate(DataSource dataSource, String db) {
        var flyway = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + db).load();
        boolean fresh = flyway.info().applied().length == 0;
        flyway.migrate();
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
    static String generationTime(Path dir, String db, int actions) throws IOException {
        Path record = generationRecord(dir, db, actions);
        return Files.exists(record)
                ? String.format(java.util.Locale.ROOT, "%.0f s", Long.parseLong(Files.readString(record).strip()) / 1000.0)
                : "–";
    }

    /** Bytes the database of this size takes on disk, indexes included. */
    static long sizeOnDisk(Path dir, String db, int actions) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> dir.relativize(file).toString().startsWith(
                            ("postgresql".equals(db) ? "pg-" : "h2-") + actions + ("postgresql".equals(db) ? "/" : ".")))
                    .mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static Path generationRecord(Path dir, String db, int actions) {
        return dir.resolve(db + "-" + actions + ".generated-ms");
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
