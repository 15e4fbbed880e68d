package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.benchmark.GdeltEventsGenerator;
import org.diplograph.support.ServerProcess;
import org.diplograph.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;
import org.diplograph.support.PostgresqlOnly;
import org.diplograph.support.RunsAlongside;

/**
 * An import killed with SIGKILL part-way through, then run again, ends with exactly the rows of one uninterrupted
 * import: every chunk it committed stays, the chunk it was writing is gone, and the rerun adds the rest once.
 */
@PostgresqlOnly
@RunsAlongside
class InterruptedImportTest {

    private static final int ROWS = 5_000;

    @TempDir
    Path directory;

    @Test
    void aKilledImportRunAgainEndsWithExactlyOneCopyOfEveryRow() throws Exception {
        Path file = directory.resolve("20221222.export.CSV.zip");
        GdeltEventsGenerator.write(file, ROWS, 7, 1);
        String url;
        try (HikariDataSource postgres = TestDatabases.freshDatabase()) {
            url = postgres.getJdbcUrl();
        }
        String user = "postgres";
        List<String> command = ServerProcess.application();
        command.addAll(List.of("import", "--format=gdelt-events", file.toString(), "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--diplograph.import.progress-seconds=0",
                "--diplograph.import.chunk-rows=1000", "--spring.profiles.active=postgres"));

        Process first = start(command, "first");
        long committed = awaitProgress(first, directory.resolve("first.log"));
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        Process rerun = start(command, "rerun");
        assertThat(rerun.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(rerun.exitValue()).as(Files.readString(directory.resolve("rerun.log"))).isZero();

        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            assertThat(single(connection, "SELECT COUNT(*) FROM action WHERE dataset = 'GDELT'")).isEqualTo(ROWS);
            assertThat(single(connection, "SELECT COUNT(DISTINCT event_key) FROM action_record")).isEqualTo(ROWS);
            assertThat(single(connection, "SELECT COUNT(*) FROM action_record")).isEqualTo(ROWS);
            assertThat(single(connection, "SELECT SUM(action_count) FROM action_code_totals WHERE scope = 'all'"))
                    .as("the roll-ups count each action once")
                    .isEqualTo(single(connection, "SELECT COUNT(*) FROM action WHERE retracted_at IS NULL"));
            List<long[]> runs = new ArrayList<>();
            try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(
                    "SELECT rows_imported, rows_duplicate, status FROM dataset_import ORDER BY id")) {
                while (rows.next()) {
                    runs.add(new long[] {rows.getLong(1), rows.getLong(2), rows.getString(3).equals("RUNNING") ? 1 : 0});
                }
            }
            assertThat(runs).hasSize(2);
            assertThat(runs.get(0)[2]).as("the killed run stays RUNNING").isEqualTo(1);
            assertThat(runs.get(0)[0]).isGreaterThanOrEqualTo(committed);
            assertThat(runs.get(1)[0] + runs.get(1)[1]).isEqualTo(ROWS);
            assertThat(runs.get(0)[0] + runs.get(1)[0]).isEqualTo(ROWS);
        }
    }

    private Process start(List<String> command, String name) throws Exception {
        return new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(directory.resolve(name + ".log").toFile()).start();
    }

    /**
     * Waits until the import reports its first committed chunk (a progress line, printed after each commit); returns
     * the rows it had read then.
     */
    private static long awaitProgress(Process process, Path log) throws Exception {
        Pattern progress = Pattern.compile("\\] +\\d+% +([0-9,]+) rows");
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the import ended before it could be killed").isTrue();
            Matcher line = progress.matcher(Files.readString(log));
            if (line.find()) {
                return Long.parseLong(line.group(1).replace(",", ""));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The import committed nothing within 2 minutes");
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement query = connection.createStatement(); ResultSet row = query.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
