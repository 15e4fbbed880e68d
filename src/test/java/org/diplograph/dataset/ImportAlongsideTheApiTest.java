package org.diplograph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.diplograph.benchmark.GdeltEventsGenerator;
import org.diplograph.dataset.DatasetImports.Counts;
import org.diplograph.dataset.file.EventFiles.Rejection;
import org.diplograph.support.PostgresqlOnly;
import org.diplograph.support.Waiting;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;

/**
 * An import runs while the API is in use: reads are answered correctly and writes go in while its chunks commit,
 * nothing of either is lost, and the live feed announces the import once per chunk (and once as it starts and as it
 * ends), not once per row. On PostgreSQL, where the server and an import share the database (an H2 file is held by
 * one process). On a database of its own: its thousands of actions would change what the other import
 * tests count.
 */
@PostgresqlOnly
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:imports;DB_CLOSE_DELAY=-1")
class ImportAlongsideTheApiTest extends WriteTest {

    @TempDir
    Path directory;

    @Autowired
    EventImporter importer;

    @Test
    void readsAndWritesDuringAnImportAreAnsweredAndKeptAndTheFeedHasOneChangePerChunk() throws Exception {
        int chunkRows = importer.chunkRows();
        int rows = 4 * chunkRows;
        Path file = directory.resolve("20230101000000.export.CSV");
        GdeltEventsGenerator.write(file, rows, 20230101L, 5_000_000_001L);
        long gdeltBefore = count("SELECT COUNT(*) FROM action WHERE dataset = 'GDELT'");

        ConcurrentLinkedQueue<ClientGraphQlResponse> changes = new ConcurrentLinkedQueue<>();
        WebSocketGraphQlClient socket = WebSocketGraphQlClient.builder(URI.create("ws://127.0.0.1:" + port + "/graphql"),
                new ReactorNettyWebSocketClient()).build();
        Disposable feed = socket.document("subscription { factChanges { operation fact { __typename id } } }")
                .executeSubscription().subscribe(changes::add);
        try {
            awaitSubscribed(changes);

            CompletableFuture<EventImporter.Outcome> running = CompletableFuture.supplyAsync(() ->
                    importer.run(ImportFormat.GDELT_EVENTS, List.of(file), new EventImporter.Progress() {
                        @Override
                        public void advanced(Counts counts, long bytesRead, long bytesTotal) {
                        }

                        @Override
                        public void rejected(Rejection rejection) {
                            throw new AssertionError("a generated row was rejected: " + rejection);
                        }
                    }));
            List<String> written = new ArrayList<>();
            int reads = 0;
            do {
                graphQl.document("{ country(code: \"PE\") { name } actor(slug: \"pedro-castillo\") { name } }").execute()
                        .path("country.name").entity(String.class).isEqualTo("Peru")
                        .path("actor.name").entity(String.class).isEqualTo("Pedro Castillo");
                reads++;
                written.add(writeActor("written-during-import-" + written.size()));
            } while (!running.isDone() || written.size() < 3);
            EventImporter.Outcome outcome = running.join();

            assertThat(outcome.unreadableFiles()).isEmpty();
            assertThat(outcome.run().rowsImported()).isEqualTo(rows);
            assertThat(count("SELECT COUNT(*) FROM action WHERE dataset = 'GDELT'")).isEqualTo(gdeltBefore + rows);
            for (String id : written) {
                graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute()
                        .path("node.id").entity(String.class).isEqualTo(id);
            }
            System.out.printf("During the import of %,d rows: %d reads and %d writes answered%n", rows, reads, written.size());

            String run = outcome.run().id();
            int expected = 1 + rows / chunkRows + 1;
            Waiting.await(() -> ofImport(changes, run).size() >= expected, "the import's changes arrive");
            String last = writeActor("import-feed-last");
            Waiting.await(() -> changes.stream().anyMatch(change -> last.equals(change.field("factChanges.fact.id").getValue())),
                    "the change after the import arrives");
            List<String> operations = ofImport(changes, run);
            assertThat(operations).as("started, one per chunk of %,d rows, finished", chunkRows)
                    .hasSize(expected).first().isEqualTo("RECORD");
            assertThat(operations.subList(1, expected)).containsOnly("CORRECT");
        } finally {
            feed.dispose();
            socket.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void anImportWhileAnotherWritesIsRefusedAtOnceRecordingNothingAndRunsOnceTheOtherEnds() throws Exception {
        Path file = directory.resolve("20230102000000.export.CSV");
        GdeltEventsGenerator.write(file, 10, 20230102L, 6_000_000_001L);
        long importsBefore = count("SELECT COUNT(*) FROM dataset_import");
        EventImporter.Progress quiet = new EventImporter.Progress() {
            @Override
            public void advanced(Counts counts, long bytesRead, long bytesTotal) {
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        };
        CountDownLatch firstIsWriting = new CountDownLatch(1);
        CountDownLatch secondWasTried = new CountDownLatch(1);
        EventImporter.Progress holding = new EventImporter.Progress() {
            @Override
            public void advanced(Counts counts, long bytesRead, long bytesTotal) {
                firstIsWriting.countDown();
                try {
                    secondWasTried.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void rejected(Rejection rejection) {
            }
        };
        CompletableFuture<EventImporter.Outcome> first = CompletableFuture.supplyAsync(() ->
                importer.run(ImportFormat.GDELT_EVENTS, List.of(file), holding));
        assertThat(firstIsWriting.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            assertThatThrownBy(() -> importer.run(ImportFormat.GDELT_EVENTS, List.of(file), quiet))
                    .isInstanceOf(DatasetImports.ImportBusyException.class)
                    .hasMessageContaining("another import is writing to this database");
        } finally {
            secondWasTried.countDown();
        }
        assertThat(first.get(60, TimeUnit.SECONDS).run().rowsImported()).isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM dataset_import")).as("the refused import recorded nothing")
                .isEqualTo(importsBefore + 1);

        EventImporter.Outcome after = importer.run(ImportFormat.GDELT_EVENTS, List.of(file), quiet);
        assertThat(after.run().rowsDuplicate()).as("once the first has ended, the next one runs").isEqualTo(10);
    }

    /** Writes until the feed delivers one of the writes: a subscription is registered some time after it is sent. */
    private void awaitSubscribed(ConcurrentLinkedQueue<ClientGraphQlResponse> changes) throws InterruptedException {
        for (int probe = 0; probe < 30; probe++) {
            String id = writeActor("import-feed-probe-" + probe);
            for (int wait = 0; wait < 10; wait++) {
                if (changes.stream().anyMatch(change -> id.equals(change.field("factChanges.fact.id").getValue()))) {
                    return;
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("The subscription never received a change");
    }

    private static List<String> ofImport(ConcurrentLinkedQueue<ClientGraphQlResponse> changes, String run) {
        return changes.stream().filter(change -> run.equals(change.field("factChanges.fact.id").getValue()))
                .map(change -> (String) change.field("factChanges.operation").getValue()).toList();
    }

    private String writeActor(String slug) {
        Map<String, Object> input = Map.of("slug", slug, "kind", "PERSON", "name", "Written " + slug,
                "description", "written while an import runs", "firstMention", sentenceId(3), "aliases", List.of());
        return writer.document("mutation($input: RecordActorInput!) { recordActor(input: $input) { actor { id } "
                        + "userErrors { code } } }").variable("input", input).execute()
                .path("recordActor.userErrors").entityList(Object.class).hasSize(0)
                .path("recordActor.actor.id").entity(String.class).get();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
