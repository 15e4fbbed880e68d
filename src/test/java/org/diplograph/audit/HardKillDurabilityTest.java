package org.diplograph.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.support.ServerProcess;
import org.diplograph.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: the server runs as a separate process on a database file (or a PostgreSQL database),
 * acknowledges a run of writes, is killed with SIGKILL straight after the last one (no shutdown hooks run), and after
 * a restart on the same database every acknowledged write is there. It runs on the H2 file, whose durability is this
 * project's configuration (WRITE_DELAY=0, DB_CLOSE_ON_EXIT=FALSE) and so can be got wrong here; on PostgreSQL an
 * acknowledged commit is the server's own synchronous commit, and the kill of a process writing to it is covered by
 * InterruptedImportTest and DatabaseOutageTest.
 */
class HardKillDurabilityTest {

    private static final Pattern ACTION_ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]+)\"");
    private static final int WRITES = 30;

    @TempDir
    Path dataDirectory;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndRestart() throws Exception {
        assumeFalse(TestDatabases.onPostgres(), "durability of the H2 file this project configures");
        List<String> database = ServerProcess.newDatabase();
        int port = ServerProcess.freePort();
        List<String> acknowledged = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(dataDirectory, port, database)) {
            for (int i = 0; i < WRITES; i++) {
                HttpResponse<String> response = server.post("""
                        {"query":"mutation { recordAction(input: {summary: \\"Durability probe %d\\", eventCode: \\"010\\", occurred: {}, evidence: [\\"U2VudGVuY2U6MQ\\"]}) { action { id } userErrors { code } } }"}"""
                        .formatted(i), true);
                assertThat(response.statusCode()).isEqualTo(200);
                Matcher id = ACTION_ID.matcher(response.body());
                assertThat(id.find()).as(response.body()).isTrue();
                acknowledged.add(id.group(1));
            }
        }
        try (ServerProcess restarted = ServerProcess.start(dataDirectory, port, database)) {
            for (String id : acknowledged) {
                HttpResponse<String> found = restarted.post(
                        "{\"query\":\"{ node(id: \\\"%s\\\") { id ... on Action { summary } } }\"}".formatted(id), false);
                assertThat(found.body()).as(id).contains("\"id\":\"" + id + "\"").contains("Durability probe");
            }
        }
        assertThat(acknowledged).hasSize(WRITES);
    }
}
