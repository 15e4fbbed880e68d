package org.diplograph.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.diplograph.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark's database preparation, run on a tiny size on each database of the suite so that it cannot rot
 * between benchmark runs: every migration applies over the load (the whole country list included), the roll-ups
 * total exactly the loaded actions, the generation is recorded in the directory given, and a second start reuses the
 * database instead of loading it again.
 */
class BenchmarkPreparationTest {

    private static final int ACTIONS = 300;

    @Test
    void aTinyBenchmarkDatabaseIsMigratedLoadedRolledUpAndReusedOnTheNextStart(@TempDir Path directory) throws Exception {
        String url;
        String user;
        try (HikariDataSource fresh = TestDatabases.freshDatabase()) {
            url = fresh.getJdbcUrl();
            user = fresh.getUsername();
        }
        String db = TestDatabases.onPostgres() ? "postgresql" : "h2";

        BenchmarkServer.prepare(url, user, db, ACTIONS, directory);

        try (HikariDataSource prepared = new HikariDataSource()) {
            prepared.setJdbcUrl(url);
            prepared.setUsername(user);
            JdbcClient jdbc = JdbcClient.create(prepared);
            long live = count(jdbc, "SELECT COUNT(*) FROM action WHERE retracted_at IS NULL");
            assertThat(live).as("the seed's actions and the load").isGreaterThanOrEqualTo(ACTIONS);
            assertThat(count(jdbc, "SELECT SUM(action_count) FROM action_code_totals WHERE scope = 'all'"))
                    .as("the roll-up of every live action").isEqualTo(live);
            assertThat(count(jdbc, "SELECT SUM(action_count) FROM action_day_totals WHERE scope = 'all'"))
                    .as("the roll-up of every dated live action")
                    .isEqualTo(count(jdbc, "SELECT COUNT(*) FROM action WHERE retracted_at IS NULL AND occurred_on IS NOT NULL"));
            String busiest = jdbc.sql("SELECT country_code FROM action_country GROUP BY country_code "
                    + "ORDER BY COUNT(*) DESC, country_code FETCH FIRST 1 ROWS ONLY").query(String.class).single();
            assertThat(count(jdbc, "SELECT SUM(action_count) FROM action_code_totals WHERE scope = 'country:" + busiest + "'"))
                    .as("the roll-up of %s", busiest)
                    .isEqualTo(count(jdbc, "SELECT COUNT(DISTINCT c.action_id) FROM action_country c JOIN action a "
                            + "ON a.id = c.action_id WHERE a.retracted_at IS NULL AND c.country_code = '" + busiest + "'"));
            assertThat(count(jdbc, "SELECT COUNT(*) FROM country")).as("the ISO list, each once").isGreaterThan(240);
            assertThat(Files.exists(directory.resolve(db + "-" + ACTIONS + ".generated-ms"))).isTrue();

            BenchmarkServer.prepare(url, user, db, ACTIONS, directory);

            assertThat(count(jdbc, "SELECT COUNT(*) FROM action WHERE retracted_at IS NULL")).as("reused, not loaded again")
                    .isEqualTo(live);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
