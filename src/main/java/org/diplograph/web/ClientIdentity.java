package org.diplograph.web;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.diplograph.graphql.RateBudgets;
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
        if (request instanceof WebSocketGraphQlRequest webSocket) {
            return webSocket.getSessionInfo().getPrincipal().map(ClientIdentity::keyName).defaultIfEmpty("")
                    .flatMap(name -> next(request, chain, name.isEmpty() ? null : name,
                            webSocket.getSessionInfo().getRemoteAddress()));
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return next(request, chain, caller == null ? null : keyName(caller), request.getRemoteAddress());
    }

    private static Mono<WebGraphQlResponse> next(WebGraphQlRequest request, Chain chain, String keyName,
                                                 InetSocketAddress address) {
        String client = RateBudgets.client(keyName,
                address == null || address.getAddress() == null ? null : address.getAddress().getHostAddress());
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(RateBudgets.CLIENT, client)).build());
        return chain.next(request);
    }

    private static String keyName(Principal principal) {
        if (principal instanceof AnonymousAuthenticationToken
                || principal instanceof Authentication authentication && !authentication.isAuthenticated()) {
            return null;
        }
        return principal.getName();
    }
}
