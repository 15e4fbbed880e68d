package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import org.diplograph.support.DatabaseIndependent;

/**
 * Subscriptions over WebSocket (graphql-transport-ws) are held to the limits every HTTP request is: document limits,
 * depth, aliases, tokens, cost, the NUL check and filter validation refuse the operation with the same codes; a mutation
 * needs the key a POST would, presented at the handshake; and a message larger than the request size limit closes the
 * connection with 1009 instead of being buffered. A message the protocol does not define closes
 * the connection with 4400, and a connection holds a bounded number of subscriptions.
 */
@DatabaseIndependent
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class WebSocketHostileInputTest extends WriteTest {

    private WebSocketGraphQlClient client;

    @org.springframework.beans.factory.annotation.Autowired
    private SubscriptionQuotas quotas;

    @BeforeEach
    void open() {
        client = WebSocketGraphQlClient
                .builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new ReactorNettyWebSocketClient()).build();
    }

    @AfterEach
    void close() {
        client.stop().block(Duration.ofSeconds(5));
    }

    /**
     * The codes the subscription is refused with. graphql-transport-ws carries a refusal either as an "error" message
     * (the client raises it) or as a single "next" whose result has errors and no data, then "complete".
     */
    private List<Object> refusalCodes(String document, Map<String, Object> variables) {
        List<ResponseError> errors;
        try {
            ClientGraphQlResponse first = client.document(document).variables(variables).executeSubscription()
                    .blockFirst(Duration.ofSeconds(20));
            assertThat(first).as("the server answers the subscription").isNotNull();
            assertThat((Object) first.getData()).as("a refused subscription has no data").isNull();
            errors = first.getErrors();
        } catch (SubscriptionErrorException refused) {
            errors = refused.getErrors();
        }
        return errors.stream().map(ResponseError::getExtensions).map(extensions -> extensions.get("code")).toList();
    }

    @Test
    void aSubscriptionNestedPastTheDepthLimitIsRefused() {
        String deep = "subscription { factChanges { fact { ... on Actor { "
                + "country { actors(first: 1) { nodes { ".repeat(5) + "name" + " } } }".repeat(5) + " } } } }";
        assertThat(refusalCodes(deep, Map.of())).containsExactly("MAX_DEPTH_EXCEEDED");
    }

    @Test
    void nulInAVariableIsRefused() {
        assertThat(refusalCodes("subscription($c: [String!]) { factChanges(countries: $c) { operation } }",
                Map.of("c", List.of("M\u0000X")))).containsExactly("INVALID_CHARACTER");
    }

    @Test
    void anInjectionInTheFilterIsRefusedAsAnInvalidCountryCode() {
        assertThat(refusalCodes("subscription($c: [String!]) { factChanges(countries: $c) { operation } }",
                Map.of("c", List.of("MX' OR '1'='1")))).containsExactly("INVALID_COUNTRY_CODE");
    }

    /** The close status the server answers these raw graphql-transport-ws messages with, sent in order. */
    private int closeStatusAfter(String... messages) {
        java.util.concurrent.atomic.AtomicInteger status = new java.util.concurrent.atomic.AtomicInteger(-1);
        org.diplograph.support.RawWebSocket.exchange(port, List.of(messages), message -> { },
                close -> status.set(close.getCode())).block(Duration.ofSeconds(20));
        return status.get();
    }

    @Test
    void aMessageThatIsNotJsonOrOfNoKnownTypeClosesWith4400AndLogsNoError(
            org.springframework.boot.test.system.CapturedOutput log) {
        int logged = log.getOut().length();
        assertThat(closeStatusAfter("this is not JSON")).isEqualTo(4400);
        assertThat(closeStatusAfter("{\"type\": \"connection_init\"}", "{\"type\": \"launch\"}")).isEqualTo(4400);
        assertThat(closeStatusAfter("[1, 2]")).isEqualTo(4400);
        assertThat(closeStatusAfter("{\"type\": \"connection_init\"}",
                "{\"type\": \"subscribe\", \"id\": 7, \"payload\": {\"query\": \"subscription { factChanges { operation } }\"}}"))
                .isEqualTo(4400);
        assertThat(closeStatusAfter("{\"type\": \"connection_init\", \"payload\": \"hello\"}")).isEqualTo(4400);
        assertThat(log.getOut().substring(logged)).doesNotContain("Exception").doesNotContain("ERROR");
    }

    @Test
    void aConnectionHoldsAtMostItsQuotaOfSubscriptionsAndAFreedSlotCanBeTakenAgain() throws Exception {
        String document = "subscription { factChanges { operation } }";
        List<reactor.core.Disposable> open = new java.util.ArrayList<>();
        List<ClientGraphQlResponse> refusals = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            open.add(client.document(document).executeSubscription().subscribe(refusals::add));
        }
        org.diplograph.support.Waiting.await(() -> quotas.open() == 10, "ten subscriptions open");
        assertThat(refusalCodes(document, Map.of())).containsExactly("TOO_MANY_SUBSCRIPTIONS");
        open.remove(0).dispose();
        org.diplograph.support.Waiting.await(() -> quotas.open() == 9, "a slot given back");
        open.add(client.document(document).executeSubscription().subscribe(refusals::add));
        org.diplograph.support.Waiting.await(() -> quotas.open() == 10, "ten subscriptions open again");
        assertThat(refusals).as("no subscription within the quota was refused").isEmpty();
        open.forEach(reactor.core.Disposable::dispose);
        org.diplograph.support.Waiting.await(() -> quotas.open() == 0, "every slot given back");
    }

    @Test
    void aSubscriptionsSelectionIsPricedLikeAQuerysAndRefusedOverTheLimit() {
        String costly = "subscription { factChanges { fact { ... on Action { evidence { actions { evidence { actions { "
                + "evidence { number } } } } } } } } }";
        assertThat(refusalCodes(costly, Map.of())).containsExactly("MAX_COST_EXCEEDED");
    }

    @Test
    void aClientHoldsAtMostItsQuotaOfSubscriptionsOverAllItsConnections() throws Exception {
        String document = "subscription { factChanges { operation } }";
        WebSocketGraphQlClient second = WebSocketGraphQlClient
                .builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new ReactorNettyWebSocketClient()).build();
        List<reactor.core.Disposable> open = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                open.add(client.document(document).executeSubscription().subscribe());
                open.add(second.document(document).executeSubscription().subscribe());
            }
            org.diplograph.support.Waiting.await(() -> quotas.open() == 20, "twenty subscriptions open on two connections");
            WebSocketGraphQlClient third = WebSocketGraphQlClient
                    .builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new ReactorNettyWebSocketClient()).build();
            WebSocketGraphQlClient first = client;
            client = third;
            try {
                assertThat(refusalCodes(document, Map.of())).containsExactly("TOO_MANY_SUBSCRIPTIONS");
            } finally {
                client = first;
                third.stop().block(Duration.ofSeconds(5));
            }
        } finally {
            open.forEach(reactor.core.Disposable::dispose);
            second.stop().block(Duration.ofSeconds(5));
        }
        org.diplograph.support.Waiting.await(() -> quotas.open() == 0, "every slot given back");
    }

    @Test
    void aMessageLargerThanTheRequestLimitIsClosedWith1009AndTheServerGoesOn() {
        String subscribe = "{\"type\": \"subscribe\", \"id\": \"1\", \"payload\": {\"query\": "
                + "\"subscription($c: [String!]) { factChanges(countries: $c) { operation } }\", "
                + "\"variables\": {\"c\": [\"" + "z".repeat(2_000_000) + "\"]}}}";
        assertThat(closeStatusAfter("{\"type\": \"connection_init\"}", subscribe)).as("message too big").isEqualTo(1009);
        // Under the limit (and far over the container's default of 8 KB) a message is read and answered as over HTTP.
        assertThat(refusalCodes("subscription($c: [String!]) { factChanges(countries: $c) { operation } }",
                Map.of("c", List.of("z".repeat(30_000))))).containsExactly("INVALID_COUNTRY_CODE");
        graphQl.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
    }

    @Test
    void aSubscriptionWithMoreAliasesThanTheLimitIsRefused() {
        StringBuilder aliases = new StringBuilder();
        for (int i = 1; i <= 16; i++) {
            aliases.append(" a").append(i).append(": operation");
        }
        assertThat(refusalCodes("subscription { factChanges {" + aliases + " } }", Map.of()))
                .containsExactly("MAX_ALIASES_EXCEEDED");
    }

    @Test
    void aSubscriptionOfMoreTokensThanTheLimitIsRefused() {
        assertThat(refusalCodes("subscription { factChanges {" + " operation".repeat(1_000) + " } }", Map.of()))
                .containsExactly("MAX_TOKENS_EXCEEDED");
    }

    @Test
    void aQueryOverTheSocketIsHeldToTheSameLimits() {
        assertThat(refusalCodes("{ countries(first: 100) { nodes { actors(first: 100) { nodes { name } } } } }", Map.of()))
                .containsExactly("MAX_COST_EXCEEDED");
    }

    private static final String RECORD_ACTOR = "mutation($i: RecordActorInput!) { recordActor(input: $i) { actor { id } "
            + "userErrors { code } } }";

    /** The mutation's first answer over a socket opened with these handshake headers. */
    private ClientGraphQlResponse mutateOverSocket(Map<String, String> headers) {
        WebSocketGraphQlClient.Builder<?> builder = WebSocketGraphQlClient
                .builder(URI.create("ws://127.0.0.1:" + port + "/graphql"), new ReactorNettyWebSocketClient());
        headers.forEach(builder::header);
        WebSocketGraphQlClient socket = builder.build();
        try {
            Map<String, Object> actor = Map.of("slug", "socket-visitor", "kind", "PERSON", "name", "Socket Visitor",
                    "description", "Written over a WebSocket", "firstMention", sentenceId(3), "aliases", List.of());
            return socket.document(RECORD_ACTOR).variable("i", actor).execute().block(Duration.ofSeconds(20));
        } finally {
            socket.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    void aMutationOverTheSocketWithoutAKeyIsRefusedAndWritesNothing() {
        Map<String, String> before = fingerprint();
        ClientGraphQlResponse answer = mutateOverSocket(Map.of());
        assertThat(answer.getErrors()).extracting(error -> error.getExtensions().get("code")).containsExactly("UNAUTHORIZED");
        assertThat((Object) answer.getData()).as("the payload is non-null: its refusal nulls the whole answer").isNull();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aMutationOverTheSocketWithAReadOnlyKeyIsForbiddenAndWritesNothing() {
        Map<String, String> before = fingerprint();
        ClientGraphQlResponse answer = mutateOverSocket(Map.of("Authorization", "Bearer " + READER_KEY));
        assertThat(answer.getErrors()).extracting(error -> error.getExtensions().get("code")).containsExactly("FORBIDDEN");
        assertThat((Object) answer.getData()).as("the payload is non-null: its refusal nulls the whole answer").isNull();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aMutationOverTheSocketWithTheWriteKeyIsWritten() {
        ClientGraphQlResponse answer = mutateOverSocket(Map.of("Authorization", "Bearer " + WRITER_KEY));
        assertThat(answer.getErrors()).isEmpty();
        assertThat(answer.field("recordActor.userErrors").toEntityList(Object.class)).isEmpty();
        String id = answer.field("recordActor.actor.id").getValue();
        assertThat(id).isNotBlank();
        graphQl.document("{ actor(slug: \"socket-visitor\") { name } }").execute().path("actor.name").entity(String.class)
                .isEqualTo("Socket Visitor");
    }

    @Test
    void aSocketOpenedWithAWrongKeyIsRefusedAtTheHandshake() {
        assertThatThrownBy(() -> mutateOverSocket(Map.of("Authorization", "Bearer not-a-key")))
                .hasMessageContaining("401");
    }
}
