package org.diplograph.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.GraphqlErrorBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.reactivestreams.Publisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How many subscriptions may be open at once: per WebSocket connection, per client (its API key, or its address;
 * WebSocket and Server-Sent Events together) and on this server. Each open subscription runs its selection on every
 * change, so a client may not open thousands; past a quota the subscription is refused with TOO_MANY_SUBSCRIPTIONS,
 * and a slot is given back when a subscription ends, however it ends (completed, cancelled, its connection closed).
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.LOWEST_PRECEDENCE)
public class SubscriptionQuotas implements WebGraphQlInterceptor {

    private final SubscriptionQuotasProperties quotas;
    private final Map<String, AtomicInteger> perConnection = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perClient = new ConcurrentHashMap<>();
    private final AtomicInteger onThisServer = new AtomicInteger();

    SubscriptionQuotas(SubscriptionQuotasProperties quotas) {
        this.quotas = quotas;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return ClientIdentity.clientOf(request).flatMap(client -> chain.next(request).map(response ->
                response.getExecutionResult().getData() instanceof Publisher<?> ? admitted(request, client, response)
                        : response));
    }

    private WebGraphQlResponse admitted(WebGraphQlRequest request, String client, WebGraphQlResponse response) {
        String connection = request instanceof WebSocketGraphQlRequest webSocket
                ? webSocket.getSessionInfo().getId() : null;
        String refusal = take(connection, client);
        if (refusal != null) {
            return response.transform(builder -> builder.data(null).errors(List.of(GraphqlErrorBuilder.newError()
                    .errorType(ErrorType.BAD_REQUEST).message(refusal)
                    .extensions(Map.of("code", "TOO_MANY_SUBSCRIPTIONS")).build())));
        }
        Publisher<?> events = (Publisher<?>) response.getExecutionResult().getData();
        Flux<?> released = Flux.from(events).doFinally(signal -> release(connection, client));
        return response.transform(builder -> builder.data(released));
    }

    /** Takes a slot in every quota that applies, or none and says which is full. */
    private synchronized String take(String connection, String client) {
        AtomicInteger ofConnection = connection == null ? null : perConnection.computeIfAbsent(connection, id -> new AtomicInteger());
        AtomicInteger ofClient = perClient.computeIfAbsent(client, name -> new AtomicInteger());
        if (ofConnection != null && ofConnection.get() >= quotas.perConnection()) {
            return "This connection has %d subscriptions open, the most one may have: complete one first."
                    .formatted(quotas.perConnection());
        }
        if (ofClient.get() >= quotas.perClient()) {
            return "This client has %d subscriptions open, the most one may have: complete one first."
                    .formatted(quotas.perClient());
        }
        if (onThisServer.get() >= quotas.perServer()) {
            return "This server has %d subscriptions open, all it takes: retry later or on another instance."
                    .formatted(quotas.perServer());
        }
        if (ofConnection != null) {
            ofConnection.incrementAndGet();
        }
        ofClient.incrementAndGet();
        onThisServer.incrementAndGet();
        return null;
    }

    private synchronized void release(String connection, String client) {
        if (connection != null) {
            perConnection.computeIfPresent(connection, (id, open) -> open.decrementAndGet() <= 0 ? null : open);
        }
        perClient.computeIfPresent(client, (name, open) -> open.decrementAndGet() <= 0 ? null : open);
        onThisServer.decrementAndGet();
    }

    /** Subscriptions open now, on this server. */
    public int open() {
        return onThisServer.get();
    }
}
