package org.diplograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.diplograph.support.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Flyway migrations shipped in the jar validate and apply cleanly to an empty database, and are then current. */
class MigrationTest {

    @Test
    void migrationsApplyCleanlyToAnEmptyDatabaseAndThenValidate() {
        HikariDataSource empty = TestDatabases.freshDatabase();
        String vendor = TestDatabases.onPostgres() ? "postgresql" : "h2";
        Flyway flyway = Flyway.configure().dataSource(empty)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor).load();

        assertThat(flyway.info().applied()).isEmpty();
        MigrateResult result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
        assertThat(flyway.info().pending()).isEmpty();
        flyway.validate();
        JdbcClient jdbc = JdbcClient.create(empty);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_code").query(Integer.class).single()).isEqualTo(312);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_code WHERE code = root_code").query(Integer.class).single())
                .isEqualTo(20);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plover_type").query(Integer.class).single()).isEqualTo(16);
        empty.close();
    }
}
