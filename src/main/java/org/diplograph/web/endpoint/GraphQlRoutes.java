package org.diplograph.web.endpoint;

import org.diplograph.graphql.execution.LimitsProperties;
import org.diplograph.sql.PersistedQueries;
import org.diplograph.web.EdgeRefusals;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Routes {@code /graphql} to {@link GraphQlHttpEndpoint} ahead of Spring's own route, so every HTTP request, JSON or
 * Server-Sent Events, passes the same checks; Spring keeps the WebSocket upgrade, and the CORS filter pre-flight requests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class GraphQlRoutes {

    public static final String PATH = "/graphql";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public RouterFunction<ServerResponse> graphQlOverHttp(WebGraphQlHandler graphQl, ServerSentEvents eventStreams,
                                                   LimitsProperties limits, JsonMapper json,
                                                   PersistedQueries persistedQueries, HttpCachingProperties caching,
                                                   EdgeRefusals refusals, HttpServerLimitsProperties server,
                                                   Environment environment) {
        GraphQlHttpEndpoint endpoint = new GraphQlHttpEndpoint(graphQl, eventStreams, limits, json,
                persistedQueries, caching, !environment.getProperty("diplograph.db.replica-url", "").isBlank(), refusals,
                new RequestBodies(server.bodyReadTimeout()));
        return RouterFunctions.route()
                .GET(PATH, request -> !GraphQlHttpEndpoint.isWebSocketUpgrade(request), endpoint::get)
                .POST(PATH, endpoint::post)
                .route(RequestPredicates.path(PATH).and(request -> !GraphQlHttpEndpoint.isPreFlight(request)
                        && !request.method().equals(HttpMethod.GET) && !request.method().equals(HttpMethod.POST)),
                        endpoint::otherMethod)
                .build();
    }
}
