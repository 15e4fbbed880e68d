package org.diplograph.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.GraphQlClient;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

/**
 * Live updates reach real clients over both transports, WebSocket (graphql-transport-ws) and Server-Sent Events, and
 * only the changes a subscription's filter asks for.
 */
class SubscriptionTest extends WriteTest {

    private static final String SUBSCRIPTION = """
            subscription($countries: [String!], $operations: [Operation!]) {
              factChanges(countries: $countries, operations: $operations) {
                operation change { by } fact { id version ... on Action { summary } } } }""";

    private Map<String, Object> action(String summary, String country) {
        return Map.of("summary", summary, "eventCode", "043", "actors", List.of(actorId("gabriel-boric")),
                "recipients", List.of(id("{ country(code: \"" + country + "\") { id } }", "country.id")),
                "occurred", Map.of(), "evidence", List.of(sentenceId(1)));
    }

    private String record(String summary, String country) {
        return writer.document("mutation($input: RecordActionInput!) { recordAction(input: $input) { action { id } } }")
                .variable("input", action(summary, country)).execute().path("recordAction.action.id").entity(String.class).get();
    }

    /**
     * Subscribes, then writes until the first matching change arrives (the server may take a moment to register the
     * subscription), each time first writing a change the filter must drop.
     */
    private ClientGraphQlResponse firstChange(GraphQlClient client, String transport) throws Exception {
        CompletableFuture<ClientGraphQlResponse> first = client.document(SUBSCRIPTION)
                .variable("countries", List.of("AR")).variable("operations", List.of("RECORD"))
                .executeSubscription().next().toFuture();
        for (int attempt = 0; attempt < 20; attempt++) {
            record(transport + " filtered out " + attempt, "CO");
            record(transport + " delivered " + attempt, "AR");
            try {
                return first.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException notYet) {
                // the subscription was not registered yet when the change was published
            }
        }
        throw new AssertionError("No change delivered over " + transport);
    }

    @Test
    void changesReachAWebSocketClient() throws Exception {
        WebSocketGraphQlClient client = WebSocketGraphQlClient
                .builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new ReactorNettyWebSocketClient())
                .build();
        try {
            ClientGraphQlResponse change = firstChange(client, "websocket");
            assertThat(change.isValid()).isTrue();
            assertThat((String) change.field("factChanges.operation").getValue()).isEqualTo("RECORD");
            assertThat((String) change.field("factChanges.change.by").getValue()).isEqualTo("tester");
            assertThat((String) change.field("factChanges.fact.summary").getValue()).startsWith("websocket delivered");
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void changesReachAServerSentEventsClient() throws Exception {
        HttpGraphQlClient client = HttpGraphQlClient.create(WebClient.create("http://127.0.0.1:" + port + "/graphql"));
        ClientGraphQlResponse change = firstChange(client, "sse");
        assertThat(change.isValid()).isTrue();
        assertThat((String) change.field("factChanges.fact.summary").getValue()).startsWith("sse delivered");
        assertThat((Integer) change.field("factChanges.fact.version").getValue()).isEqualTo(1);
    }

    @Test
    void aSubscriptionWithABadFilterIsRefused() {
        HttpGraphQlClient client = HttpGraphQlClient.create(WebClient.create("http://127.0.0.1:" + port + "/graphql"));
        ClientGraphQlResponse response = client.document(SUBSCRIPTION).variable("countries", List.of("ZZ"))
                .executeSubscription().blockFirst(Duration.ofSeconds(10));
        assertThat(response).isNotNull();
        assertThat(response.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST"));
    }
}
