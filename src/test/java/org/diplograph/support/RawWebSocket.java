package org.diplograph.support;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A graphql-transport-ws connection that sends exactly the messages given, as text, for what a GraphQL client will not
 * send: malformed messages, or a thousand subscriptions at once.
 */
public final class RawWebSocket {

    private RawWebSocket() {
    }

    /**
     * Sends the messages in order, hands every message received to {@code received} and the close status to
     * {@code closed}; completes when the server closes the connection.
     */
    public static Mono<Void> exchange(int port, List<String> messages, Consumer<String> received,
                                      Consumer<CloseStatus> closed) {
        return new ReactorNettyWebSocketClient().execute(URI.create("ws://127.0.0.1:" + port + "/graphql"),
                new WebSocketHandler() {
                    @Override
                    public List<String> getSubProtocols() {
                        return List.of("graphql-transport-ws");
                    }

                    @Override
                    public Mono<Void> handle(WebSocketSession session) {
                        return session.send(Flux.fromIterable(messages).map(session::textMessage))
                                .and(session.receive().doOnNext(message -> received.accept(message.getPayloadAsText())))
                                .and(session.closeStatus().doOnNext(closed));
                    }
                });
    }
}
