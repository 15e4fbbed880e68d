package org.diplograph.web;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * graphql-transport-ws as its protocol says: a message that is not JSON, not an object, of no known type, or whose
 * {@code id} or {@code payload} has the wrong shape closes the socket with 4400 "Invalid message". Spring's handler
 * would let the decoding failure escape as an internal error (1011) with a stack trace in the log.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSocketProtocolGuard {

    static final CloseStatus INVALID_MESSAGE = new CloseStatus(4400, "Invalid message");

    /** The message types a client may send (the server's own, next and error, are not among them). */
    private static final Set<String> CLIENT_TYPES = Set.of("connection_init", "ping", "pong", "subscribe", "complete");

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphQl, GraphQlProperties properties,
                                                    GraphQlCorsProperties cors, JsonMapper json) {
        GraphQlProperties.Websocket websocket = properties.getWebsocket();
        return new Checked(graphQl, json, websocket.getConnectionInitTimeout(), websocket.getKeepAlive(), cors);
    }

    /** Whether a client's message has the shape graphql-transport-ws defines. */
    static boolean wellFormed(String message, JsonMapper json) {
        JsonNode parsed;
        try {
            parsed = json.readTree(message);
        } catch (JacksonException notJson) {
            return false;
        }
        if (parsed == null || !parsed.isObject() || !parsed.path("type").isString()
                || !CLIENT_TYPES.contains(parsed.path("type").asString())) {
            return false;
        }
        JsonNode id = parsed.get("id");
        JsonNode payload = parsed.get("payload");
        return (id == null || id.isNull() || id.isString()) && (payload == null || payload.isNull() || payload.isObject());
    }

    private static final class Checked extends GraphQlWebSocketHandler {

        private final JsonMapper json;

        Checked(WebGraphQlHandler graphQl, JsonMapper json, Duration initTimeout, Duration keepAlive,
                GraphQlCorsProperties cors) {
            super(graphQl, new JacksonJsonHttpMessageConverter(json), initTimeout, keepAlive, cors.toCorsConfiguration());
            this.json = json;
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {
            if (!wellFormed(message.getPayload(), json)) {
                session.close(INVALID_MESSAGE);
                return;
            }
            super.handleTextMessage(session, message);
        }
    }
}
