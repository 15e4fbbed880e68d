package org.diplograph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.diplograph.actor.Actor;
import org.diplograph.actor.ActorRepository;
import org.diplograph.fact.Change;
import org.diplograph.fact.FactChanges;
import org.diplograph.fact.Involvement;
import org.diplograph.fact.Operation;
import org.diplograph.fact.RevisionLog;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.Disposable;

/**
 * Live updates reach real clients over both transports, WebSocket (graphql-transport-ws) and Server-Sent Events, and
 * only the changes a subscription's filter asks for. Changes arrive in commit order, so a change the filter should
 * have dropped would show up ahead of the one written after it: each test writes a change that must stay out, then
 * one that must arrive, and checks that what arrives is exactly the second.
 */
class SubscriptionTest extends WriteTest {

    @Autowired
    private FactChanges factChanges;


    @Autowired
    private RevisionLog revisions;
    @Autowired
    private ActorRepository actors;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private org.diplograph.web.SubscriptionQuotas quotas;

    private final List<Disposable> subscriptions = new ArrayList<>();
    private final List<WebSocketGraphQlClient> webSockets = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(Disposable::dispose);
        webSockets.forEach(client -> client.stop().block(Duration.ofSeconds(5)));
    }

    /** What one subscription has received, in order. */
    private record Feed(BlockingQueue<ClientGraphQlResponse> events) {

        ClientGraphQlResponse next() throws InterruptedException {
            ClientGraphQlResponse event = events.poll(30, TimeUnit.SECONDS);
            assertThat(event).as("a change arrives within 30 s").isNotNull();
            return event;
        }

        String nextSummary() throws InterruptedException {
            return next().field("factChanges.fact.summary").getValue();
        }
    }

    private Map<String, Object> action(String summary, String actorSlug, String country) {
        return Map.of("summary", summary, "eventCode", "043", "actors", List.of(actorId(actorSlug)),
                "recipients", List.of(id("{ country(code: \"" + country + "\") { id } }", "country.id")),
                "occurred", Map.of(), "evidence", List.of(sentenceId(1)));
    }

    private String record(String summary, String actorSlug, String country) {
        return writer.document("mutation($input: RecordActionInput!) { recordAction(input: $input) { action { id } } }")
                .variable("input", action(summary, actorSlug, country)).execute()
                .path("recordAction.action.id").entity(String.class).get();
    }

    private void correct(String id, String summary) {
        writer.document("mutation($input: CorrectActionInput!) { correctAction(input: $input) { userErrors { code } } }")
                .variable("input", Map.of("id", id, "expectedVersion", 1, "summary", summary)).execute()
                .path("correctAction.userErrors").entityList(Object.class).hasSize(0);
    }

    /**
     * Subscribes, then writes matching probes until one arrives: from then on the subscription is registered, and
     * every later change it matches arrives after the probes.
     */
    private Feed subscribe(GraphQlClient client, Map<String, Object> variables, String probeActor, String probeCountry)
            throws InterruptedException {
        return subscribe(client, variables, probe -> record("probe " + probe, probeActor, probeCountry));
    }

    private Feed subscribe(GraphQlClient client, Map<String, Object> variables, IntConsumer writeProbe)
            throws InterruptedException {
        BlockingQueue<ClientGraphQlResponse> events = new LinkedBlockingQueue<>();
        subscriptions.add(client.documentName("factChanges").variables(variables).executeSubscription().subscribe(events::add));
        for (int probe = 0; probe < 30; probe++) {
            writeProbe.accept(probe);
            ClientGraphQlResponse first = events.poll(1, TimeUnit.SECONDS);
            if (first != null) {
                assertThat((String) first.field("factChanges.fact.summary").getValue()).startsWith("probe ");
                // Probes written before the first one arrived may still be on their way; they come before anything else.
                return new Feed(drainProbes(events));
            }
        }
        throw new AssertionError("The subscription was never registered");
    }

    /** A queue that skips the probes still to arrive, which all precede the changes the test makes. */
    private static BlockingQueue<ClientGraphQlResponse> drainProbes(BlockingQueue<ClientGraphQlResponse> events) {
        return new LinkedBlockingQueue<>() {
            @Override
            public ClientGraphQlResponse poll(long timeout, TimeUnit unit) throws InterruptedException {
                while (true) {
                    ClientGraphQlResponse event = events.poll(timeout, unit);
                    if (event == null || !String.valueOf((Object) event.field("factChanges.fact.summary").getValue())
                            .startsWith("probe ")) {
                        return event;
                    }
                }
            }
        };
    }

    private WebSocketGraphQlClient webSocket() {
        WebSocketGraphQlClient client = WebSocketGraphQlClient
                .builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new ReactorNettyWebSocketClient()).build();
        webSockets.add(client);
        return client;
    }

    private HttpGraphQlClient serverSentEvents() {
        return HttpGraphQlClient.create(WebClient.create("http://127.0.0.1:" + port + "/graphql"));
    }

    @Test
    void aWebSocketClientReceivesTheChangesItsCountryAndOperationFiltersMatchAndNoOthers() throws Exception {
        Feed feed = subscribe(webSocket(), Map.of("countries", List.of("AR"), "operations", List.of("RECORD")),
                "gabriel-boric", "AR");

        record("websocket other country", "gabriel-boric", "CO");
        String delivered = record("websocket delivered", "gabriel-boric", "AR");
        ClientGraphQlResponse change = feed.next();
        assertThat(change.isValid()).isTrue();
        assertThat((String) change.field("factChanges.operation").getValue()).isEqualTo("RECORD");
        assertThat((String) change.field("factChanges.change.by").getValue()).isEqualTo("tester");
        assertThat((String) change.field("factChanges.fact.summary").getValue()).isEqualTo("websocket delivered");

        correct(delivered, "websocket corrected, not a RECORD");
        record("websocket delivered again", "gabriel-boric", "AR");
        assertThat(feed.nextSummary()).isEqualTo("websocket delivered again");
    }

    @Test
    void aServerSentEventsClientReceivesTheChangesItsFiltersMatchAndNoOthers() throws Exception {
        Feed feed = subscribe(serverSentEvents(), Map.of("countries", List.of("AR"), "operations", List.of("RECORD")),
                "gabriel-boric", "AR");

        record("sse other country", "gabriel-boric", "CO");
        record("sse delivered", "gabriel-boric", "AR");
        ClientGraphQlResponse change = feed.next();
        assertThat((String) change.field("factChanges.fact.summary").getValue()).isEqualTo("sse delivered");
        assertThat((Integer) change.field("factChanges.fact.version").getValue()).isEqualTo(1);
    }

    @Test
    void theOperationFilterKeepsOnlyTheOperationsAskedFor() throws Exception {
        Feed feed = subscribe(webSocket(), Map.of("countries", List.of("AR"), "operations", List.of("RECORD", "CORRECT")),
                "gabriel-boric", "AR");
        String id = record("to be corrected", "gabriel-boric", "AR");
        assertThat(feed.nextSummary()).isEqualTo("to be corrected");

        Feed corrections = subscribe(webSocket(), Map.of("countries", List.of("AR"), "operations", List.of("CORRECT")),
                probe -> correct(record("probe to correct " + probe, "gabriel-boric", "AR"), "probe " + probe));
        record("a record the correction feed drops", "gabriel-boric", "AR");
        correct(id, "corrected");
        ClientGraphQlResponse correction = corrections.next();
        assertThat((String) correction.field("factChanges.operation").getValue()).isEqualTo("CORRECT");
        assertThat((String) correction.field("factChanges.fact.summary").getValue()).isEqualTo("corrected");
        assertThat((Integer) correction.field("factChanges.fact.version").getValue()).isEqualTo(2);
        assertThat(feed.nextSummary()).isEqualTo("a record the correction feed drops");
        assertThat(feed.nextSummary()).isEqualTo("corrected");
    }

    @Test
    void theActorFilterKeepsOnlyChangesInvolvingThoseActors() throws Exception {
        Feed feed = subscribe(webSocket(), Map.of("actors", List.of(actorId("pedro-castillo"))), "pedro-castillo", "MX");

        record("an action of somebody else", "gabriel-boric", "MX");
        record("an action of Castillo", "pedro-castillo", "MX");
        assertThat(feed.nextSummary()).isEqualTo("an action of Castillo");
    }

    private void recordFigure(String counted, String country) {
        writer.document("mutation($input: RecordFigureInput!) { recordFigure(input: $input) { userErrors { code } } }")
                .variable("input", Map.of("kind", "OTHER", "counted", counted, "quantity", 21, "exactness", "EXACT",
                        "wording", "21 people", "aboutCountry", country, "evidence", sentenceId(21)))
                .execute().path("recordFigure.userErrors").entityList(Object.class).hasSize(0);
    }

    @Test
    void aRecordedFigureIsAnnouncedLikeEveryFact() throws Exception {
        BlockingQueue<ClientGraphQlResponse> events = new LinkedBlockingQueue<>();
        subscriptions.add(webSocket().document("""
                subscription { factChanges(countries: ["BO"]) { operation fact { ... on Figure { counted } } } }""")
                .executeSubscription().subscribe(events::add));
        ClientGraphQlResponse first = null;
        for (int probe = 0; probe < 30 && first == null; probe++) {
            recordFigure("probe " + probe, "BO");
            first = events.poll(1, TimeUnit.SECONDS);
        }
        assertThat(first).as("the subscription was registered").isNotNull();
        recordFigure("a figure about Colombia", "CO");
        recordFigure("a figure about Bolivia", "BO");
        ClientGraphQlResponse next;
        do {
            next = events.poll(30, TimeUnit.SECONDS);
            assertThat(next).isNotNull();
        } while (((String) next.field("factChanges.fact.counted").getValue()).startsWith("probe "));
        assertThat((String) next.field("factChanges.fact.counted").getValue()).isEqualTo("a figure about Bolivia");
        assertThat((String) next.field("factChanges.operation").getValue()).isEqualTo("RECORD");
    }

    @Test
    void aWriteWhoseTransactionRollsBackIsNeverAnnounced() throws Exception {
        Feed feed = subscribe(webSocket(), Map.of("countries", List.of("AR")), "gabriel-boric", "AR");
        Actor boric = actors.findBySlug("gabriel-boric").orElseThrow();

        transactions.executeWithoutResult(transaction -> {
            revisions.record(boric, Operation.CORRECT, new Change("tester", OffsetDateTime.now()), "rolled back",
                    new Involvement(Set.of("AR"), Set.of()));
            transaction.setRollbackOnly();
        });
        record("committed after the rollback", "gabriel-boric", "AR");

        ClientGraphQlResponse next = feed.next();
        assertThat((String) next.field("factChanges.fact.summary").getValue()).isEqualTo("committed after the rollback");
    }

    @Test
    void aSubscriberThatResumesAfterItsLastChangeReceivesWhatItMissedThenLiveChangesNoneTwice() throws Exception {
        Map<String, Object> filter = Map.of("countries", List.of("AR"), "operations", List.of("RECORD"));
        Feed feed = subscribe(webSocket(), filter, "gabriel-boric", "AR");
        record("seen before the disconnect", "gabriel-boric", "AR");
        ClientGraphQlResponse lastSeen = feed.next();
        assertThat((String) lastSeen.field("factChanges.fact.summary").getValue()).isEqualTo("seen before the disconnect");
        String cursor = lastSeen.field("factChanges.cursor").getValue();
        unsubscribe();
        subscriptions.clear();
        webSockets.clear();

        record("missed while away", "gabriel-boric", "AR");
        record("missed but filtered out", "gabriel-boric", "CO");
        record("missed as well", "gabriel-boric", "AR");

        BlockingQueue<ClientGraphQlResponse> events = new LinkedBlockingQueue<>();
        Map<String, Object> resume = new java.util.HashMap<>(filter);
        resume.put("after", cursor);
        subscriptions.add(webSocket().documentName("factChanges").variables(resume).executeSubscription()
                .subscribe(events::add));
        Feed resumed = new Feed(events);
        assertThat(resumed.nextSummary()).isEqualTo("missed while away");
        assertThat(resumed.nextSummary()).isEqualTo("missed as well");
        record("live after the resume", "gabriel-boric", "AR");
        assertThat(resumed.nextSummary()).isEqualTo("live after the resume");
        // Changes arrive in commit order: had any change so far been delivered twice, the copy would come before this.
        record("the change after the live one", "gabriel-boric", "AR");
        assertThat(resumed.nextSummary()).as("nothing arrives twice").isEqualTo("the change after the live one");
    }

    @Test
    void aSubscriberThatStopsReadingIsDisconnectedWithoutStallingWritesOrOtherSubscribers() throws Exception {
        // A Server-Sent Events subscriber that never reads, with a small receive buffer, whose every event carries the
        // whole article fifteen times over: its socket fills after a few changes.
        StringBuilder heavy = new StringBuilder("subscription { factChanges(countries: [\\\"AR\\\"]) { fact { ... on Action {");
        for (int i = 0; i < 15; i++) {
            heavy.append(" a").append(i).append(": evidence { source { text } }");
        }
        String body = "{\"query\": \"" + heavy.append(" } } } }") + "\"}";
        int openBefore = quotas.open();
        try (java.net.Socket stalled = new java.net.Socket()) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(new java.net.InetSocketAddress("127.0.0.1", port));
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            stalled.getOutputStream().write(org.diplograph.support.RawHttp.head("POST", "/graphql", Map.of(
                    "Content-Type", "application/json", "Accept", "text/event-stream"), bytes.length));
            stalled.getOutputStream().write(bytes);
            stalled.getOutputStream().flush();
            org.diplograph.support.Waiting.await(() -> quotas.open() == openBefore + 1, "the stalled subscription is open");
            Feed healthy = subscribe(webSocket(), Map.of("countries", List.of("AR")), "gabriel-boric", "AR");

            int writes = factChanges.bufferPerSubscriber() + 44;
            for (int i = 0; i < writes; i++) {
                assertThat(record("past a stalled subscriber " + i, "gabriel-boric", "AR"))
                        .as("write %d is answered with its action", i).isNotNull();
            }
            for (int i = 0; i < writes; i++) {
                assertThat(healthy.nextSummary()).isEqualTo("past a stalled subscriber " + i);
            }
            org.diplograph.support.Waiting.await(() -> quotas.open() == openBefore + 1,
                    "the stalled subscriber is disconnected, the healthy one still subscribed");
        }
    }

    @Test
    void aResumeCursorThatThisFeedDidNotIssueIsRefused() {
        ClientGraphQlResponse response = serverSentEvents().documentName("factChanges").variable("after", "not-a-cursor")
                .executeSubscription().blockFirst(Duration.ofSeconds(10));
        assertThat(response).isNotNull();
        assertThat(response.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry("classification", "BAD_REQUEST").containsEntry("code", "INVALID_CURSOR"));
    }

    @Test
    void aSubscriptionWithABadFilterIsRefusedWithTheFilterCode() {
        ClientGraphQlResponse response = serverSentEvents().documentName("factChanges").variable("countries", List.of("ZZ"))
                .executeSubscription().blockFirst(Duration.ofSeconds(10));
        assertThat(response).isNotNull();
        assertThat(response.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry("classification", "BAD_REQUEST").containsEntry("code", "UNKNOWN_COUNTRY"));
    }
}
