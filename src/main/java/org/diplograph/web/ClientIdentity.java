package org.diplograph.web;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.Principal;

import org.diplograph.graphql.execution.RateBudgets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Names the client of every GraphQL request, over HTTP or WebSocket, for its rate budget: the API key's name when it
 * presented one, else its address (the peer's, as a load balancer that forwards would have to be trusted to say
 * otherwise, and is not by default).
 */
@Component
@ConditionalOnWebApplication
class ClientIdentity implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return clientOf(request).flatMap(client -> {
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(context -> context.put(RateBudgets.CLIENT, client)).build());
            return chain.next(request);
        });
    }

    /**
     * The budget's name of the request's client: over WebSocket, the key its handshake presented; over HTTP, the
     * key of the request (read where the request is being handled, on its own thread).
     */
    static Mono<String> clientOf(WebGraphQlRequest request) {
        if (request instanceof WebSocketGraphQlRequest webSocket) {
            return webSocket.getSessionInfo().getPrincipal().map(ClientIdentity::keyName).defaultIfEmpty("")
                    .map(name -> RateBudgets.client(name.isEmpty() ? null : name,
                            group(address(webSocket.getSessionInfo().getRemoteAddress()))));
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return Mono.just(client(caller, address(request.getRemoteAddress())));
    }

    /**
     * The budget's name of a client that presented this authentication (or none) from this address (an IP literal, as
     * the servlet API gives it). An anonymous client is counted by its address's group, as connections are
     * ({@link ClientConnections#group}): an IPv6 client that takes a new address of its /64 for every request still
     * spends one budget.
     */
    static String client(Authentication caller, String address) {
        return RateBudgets.client(caller == null ? null : keyName(caller), group(address));
    }

    private static String group(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address;
        }
        try {
            // An IPv6 literal: parsed, never looked up.
            return ClientConnections.group(InetAddress.getByName(address));
        } catch (UnknownHostException notALiteral) {
            return address;
        }
    }

    private static String address(InetSocketAddress address) {
        return address == null || address.getAddress() == null ? null : address.getAddress().getHostAddress();
    }

    private static String keyName(Principal principal) {
        if (principal instanceof AnonymousAuthenticationToken
                || principal instanceof Authentication authentication && !authentication.isAuthenticated()) {
            return null;
        }
        return principal.getName();
    }
}
