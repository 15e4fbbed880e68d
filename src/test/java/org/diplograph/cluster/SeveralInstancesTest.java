package org.diplograph.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.diplograph.support.JsonPaths.at;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.diplograph.support.ServerProcess;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;
import tools.jackson.databind.json.JsonMapper;
import org.diplograph.support.PostgresqlOnly;
import org.diplograph.support.RunsAlongside;

/**
 * Two real server processes on one PostgreSQL database behave as one API: a subscriber on one instance receives the
 * writes made through the other, over Server-Sent Events and WebSocket alike, and resumes on the other without loss
 * or repetition; both, started at once on an empty database, migrate it once; a client's rate budget and a persisted query
 * are the same whichever instance it reaches. (On H2, a file database of one process, there is only ever one instance.)
 */
@PostgresqlOnly
@RunsAlongside
class SeveralInstancesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CHANGES = "subscription($after: String) { factChanges(after: $after) { cursor operation "
            + "fact { ... on Actor { slug } } } }";

    @TempDir
    static Path workingDirectory;
    private static ServerProcess a;
    private static ServerProcess b;
    private final List<Disposable> subscriptions = new ArrayList<>();

    private static List<String> database;

    /** Both at once, on an empty database: Flyway's lock lets one migrate while the other waits for it. */
    @BeforeAll
    static void startTwoInstancesAtOnceOnOneEmptyDatabase() {
        database = ServerProcess.newDatabase();
        Map<String, String> environment = Map.of("DIPLOGRAPH_API_KEYS",
                "tester:" + WriteTest.WRITER_KEY + ":write,observer:" + WriteTest.READER_KEY + ":read",
                "DIPLOGRAPH_RATE_LIMIT_POINTS", "100000");
        CompletableFuture<ServerProcess> first = CompletableFuture.supplyAsync(() -> start(database, environment));
        CompletableFuture<ServerProcess> second = CompletableFuture.supplyAsync(() -> start(database, environment));
        a = first.join();
        b = second.join();
    }

    private static ServerProcess start(List<String> database, Map<String, String> environment) {
        try {
            return ServerProcess.start(workingDirectory, ServerProcess.freePort(), database, environment);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @org.junit.jupiter.api.AfterEach
    void unsubscribe() {
        subscriptions.forEach(Disposable::dispose);
    }

    private static Map<String, Object> post(ServerProcess server, String key, Map<String, Object> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/graphql")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = JSON.readValue(response.body(), Map.class);
        assertThat(parsed.get("errors")).as(response.body()).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) parsed.get("data");
        return data;
    }


    private static String recordActor(ServerProcess server, String slug) throws Exception {
        Map<String, Object> sentences = post(server, null, Map.of("query",
                "{ source(slug: \"mexico-peru-2022-12-21\") { sentences(first: 3) { nodes { id } } } }"));
        Object sentence = at(sentences, "source", "sentences", "nodes", "2", "id");
        Map<String, Object> input = Map.of("slug", slug, "kind", "PERSON", "name", "Dina Boluarte",
                "description", "recorded through one instance", "country", "PE", "firstMention", sentence);
        Map<String, Object> data = post(server, WriteTest.WRITER_KEY, Map.of("query",
                "mutation($input: RecordActorInput!) { recordActor(input: $input) { actor { slug } userErrors { code } } }",
                "variables", Map.of("input", input)));
        assertThat(at(data, "recordActor", "userErrors")).isEqualTo(List.of());
        return slug;
    }

    private BlockingQueue<ClientGraphQlResponse> subscribe(ServerProcess server, String after) {
        BlockingQueue<ClientGraphQlResponse> events = new LinkedBlockingQueue<>();
        HttpGraphQlClient client = HttpGraphQlClient.create(WebClient.create(server.uri("/graphql").toString()));
        subscriptions.add(client.document(CHANGES).variable("after", after).executeSubscription().subscribe(events::add));
        return events;
    }

    /** Writes through {@code writer} until the subscriber has received one: from then on it is registered. */
    private static ClientGraphQlResponse awaitRegistered(BlockingQueue<ClientGraphQlResponse> events, ServerProcess writer,
                                                         String prefix) throws Exception {
        for (int probe = 0; probe < 30; probe++) {
            recordActor(writer, prefix + "-probe-" + probe);
            ClientGraphQlResponse first = events.poll(1, TimeUnit.SECONDS);
            if (first != null) {
                return first;
            }
        }
        throw new AssertionError("The subscription never received a change");
    }

    private static String nextSlugAfterProbes(BlockingQueue<ClientGraphQlResponse> events, String prefix)
            throws InterruptedException {
        while (true) {
            ClientGraphQlResponse event = events.poll(30, TimeUnit.SECONDS);
            assertThat(event).as("a change arrives within 30 s").isNotNull();
            String slug = event.field("factChanges.fact.slug").getValue();
            if (!slug.startsWith(prefix + "-probe-")) {
                return slug;
            }
        }
    }

    @Test
    void aSubscriberOnOneInstanceReceivesTheWritesMadeThroughTheOther() throws Exception {
        BlockingQueue<ClientGraphQlResponse> onA = subscribe(a, null);
        awaitRegistered(onA, b, "feed");
        recordActor(b, "written-through-b");
        assertThat(nextSlugAfterProbes(onA, "feed")).isEqualTo("written-through-b");
    }

    /** The slug of the next change, failing with a message when none arrives in time. */
    private static String nextSlug(BlockingQueue<ClientGraphQlResponse> events, String expecting) throws InterruptedException {
        ClientGraphQlResponse event = events.poll(30, TimeUnit.SECONDS);
        assertThat(event).as("%s arrives within 30 s", expecting).isNotNull();
        return event.field("factChanges.fact.slug").getValue();
    }

    @Test
    void aSubscriberThatResumesOnTheOtherInstanceReceivesWhatItMissedThenLiveChangesNoneTwice() throws Exception {
        BlockingQueue<ClientGraphQlResponse> onA = subscribe(a, null);
        awaitRegistered(onA, a, "resume");
        recordActor(a, "last-seen-on-a");
        ClientGraphQlResponse lastSeen;
        do {
            lastSeen = onA.poll(30, TimeUnit.SECONDS);
            assertThat(lastSeen).as("last-seen-on-a arrives within 30 s").isNotNull();
        } while (!"last-seen-on-a".equals(lastSeen.field("factChanges.fact.slug").getValue()));
        String cursor = lastSeen.field("factChanges.cursor").getValue();
        unsubscribe();

        recordActor(a, "missed-written-on-a");
        recordActor(b, "missed-written-on-b");

        BlockingQueue<ClientGraphQlResponse> onB = subscribe(b, cursor);
        assertThat(nextSlug(onB, "the first missed change")).isEqualTo("missed-written-on-a");
        assertThat(nextSlug(onB, "the second missed change")).isEqualTo("missed-written-on-b");
        recordActor(a, "live-after-the-resume");
        assertThat(nextSlug(onB, "the live change")).isEqualTo("live-after-the-resume");
        // Changes arrive in commit order: a change delivered twice would come before this one.
        recordActor(b, "after-the-live-change");
        assertThat(nextSlug(onB, "the change after the live one")).as("nothing arrives twice")
                .isEqualTo("after-the-live-change");
    }

    @Test
    void aWebSocketSubscriberOnOneInstanceReceivesTheWritesMadeThroughTheOther() throws Exception {
        BlockingQueue<ClientGraphQlResponse> onB = new LinkedBlockingQueue<>();
        WebSocketGraphQlClient socket = WebSocketGraphQlClient.builder(URI.create("ws://127.0.0.1:" + b.port() + "/graphql"),
                new ReactorNettyWebSocketClient()).build();
        try {
            subscriptions.add(socket.document(CHANGES).executeSubscription().subscribe(onB::add));
            awaitRegistered(onB, a, "socket");
            recordActor(a, "written-through-a-for-a-socket");
            assertThat(nextSlugAfterProbes(onB, "socket")).isEqualTo("written-through-a-for-a-socket");
        } finally {
            unsubscribe();
            socket.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void anInstanceWhoseListeningConnectionDropsReconnectsAndDeliversWhatWasCommittedMeanwhile() throws Exception {
        BlockingQueue<ClientGraphQlResponse> onA = subscribe(a, null);
        awaitRegistered(onA, b, "relisten");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(databaseUrl(), "postgres", "");
             java.sql.ResultSet terminated = connection.createStatement().executeQuery("SELECT pg_terminate_backend(pid) "
                     + "FROM pg_stat_activity WHERE datname = current_database() AND application_name = '"
                     + org.diplograph.sql.PostgresNotifications.APPLICATION_NAME + "'")) {
            int listeners = 0;
            while (terminated.next()) {
                listeners++;
            }
            assertThat(listeners).as("each instance's listening connection").isEqualTo(2);
        }
        // Committed while neither instance listens (each waits 250 ms before it reconnects): no notification reaches A.
        recordActor(b, "written-while-nobody-listened");
        assertThat(nextSlugAfterProbes(onA, "relisten")).isEqualTo("written-while-nobody-listened");
        recordActor(b, "written-after-the-reconnect");
        assertThat(nextSlug(onA, "the change after the reconnect")).as("nothing twice")
                .isEqualTo("written-after-the-reconnect");
    }

    private static String databaseUrl() {
        return database.stream().filter(argument -> argument.startsWith("--spring.datasource.url="))
                .map(argument -> argument.substring("--spring.datasource.url=".length())).findFirst().orElseThrow();
    }

    @Test
    void twoInstancesStartedAtOnceMigratedTheDatabaseOnce() throws Exception {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(databaseUrl(), "postgres", "");
             java.sql.ResultSet counts = connection.createStatement().executeQuery(
                     "SELECT version, COUNT(*) FROM flyway_schema_history WHERE success GROUP BY version")) {
            List<String> versions = new ArrayList<>();
            while (counts.next()) {
                assertThat(counts.getInt(2)).as("version %s applied once", counts.getString(1)).isEqualTo(1);
                versions.add(counts.getString(1));
            }
            assertThat(versions).contains("1");
        }
        assertThat(at(post(a, null, Map.of("query", "{ country(code: \"PE\") { name } }")), "country", "name")).isEqualTo("Peru");
        assertThat(at(post(b, null, Map.of("query", "{ country(code: \"PE\") { name } }")), "country", "name")).isEqualTo("Peru");
    }

    @Test
    void theRateBudgetSpentOnOneInstanceIsGoneOnTheOther() throws Exception {
        String ask = "{ rateLimit { used remaining } }";
        long usedOnA = ((Number) at(post(a, WriteTest.READER_KEY, Map.of("query", ask)), "rateLimit", "used")).longValue();
        post(a, WriteTest.READER_KEY, Map.of("query", ask));
        Map<String, Object> onB = post(b, WriteTest.READER_KEY, Map.of("query", ask));
        assertThat(((Number) at(onB, "rateLimit", "used")).longValue()).isEqualTo(usedOnA + 2);
        assertThat(((Number) at(onB, "rateLimit", "remaining")).longValue()).isEqualTo(100_000 - usedOnA - 2);
    }

    @Test
    void aPersistedQueryRegisteredOnOneInstanceIsServedByGetOnTheOtherWithAnETagAnd304() throws Exception {
        String document = "{ country(code: \"MX\") { name alpha3 } }";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(document.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        post(a, null, Map.of("query", document, "extensions", extensions));

        URI byHash = b.uri("/graphql?extensions=" + URLEncoder.encode(JSON.writeValueAsString(extensions), StandardCharsets.UTF_8));
        HttpResponse<String> first = HTTP.send(HttpRequest.newBuilder(byHash).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"name\":\"Mexico\"");
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("public"));
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(byHash).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }
}
