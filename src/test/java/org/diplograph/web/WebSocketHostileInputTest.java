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

/**
 * Subscriptions over WebSocket (graphql-transport-ws) are held to the limits every HTTP request is: document limits,
 * cost, the NUL check and filter validation refuse the operation with the same codes, and a message larger than the
 * request size limit closes the connection instead of being buffered.
 */
class WebSocketHostileInputTest extends WriteTest {

    private WebSocketGraphQlClient client;

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

    @Test
    void aMessageLargerThanTheRequestLimitClosesTheConnectionAndTheServerGoesOn() {
        assertThatThrownBy(() -> client.document("subscription($c: [String!]) { factChanges(countries: $c) { operation } }")
                .variable("c", List.of("z".repeat(2_000_000))).executeSubscription().blockFirst(Duration.ofSeconds(20)))
                .isNotInstanceOf(IllegalStateException.class);
        graphQl.document("{ __typename }").execute().path("__typename").entity(String.class).isEqualTo("Query");
    }
}
