package org.diplograph.web.endpoint;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;
import org.diplograph.graphql.execution.LimitsProperties;
import org.diplograph.web.ClientConnections;
import org.diplograph.web.JsonErrorReports;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP server's own defences, before any request is read: connections per client address
 * ({@link ClientConnections}), and bodies received without a worker, within a deadline ({@link NonBlockingBodies}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class HttpServerLimits {

    /** Ahead of every other filter, so that no worker waits for a GraphQL body. */
    @Bean
    public FilterRegistrationBean<NonBlockingBodies> nonBlockingBodies(HttpServerLimitsProperties server, LimitsProperties limits,
                                                                JsonMapper json, MeterRegistry meters) {
        NonBlockingBodies bodies = new NonBlockingBodies(GraphQlRoutes.PATH, limits.maxRequestBytes(),
                server.bodyReadTimeout(), json);
        Gauge.builder("diplograph.http.bodies.receiving", bodies, NonBlockingBodies::receiving)
                .description("Request bodies being received now, by requests that hold no worker meanwhile")
                .register(meters);
        FilterRegistrationBean<NonBlockingBodies> registration = new FilterRegistrationBean<>(bodies);
        registration.addUrlPatterns(GraphQlRoutes.PATH);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setAsyncSupported(true);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat's own error pages, for requests it refuses before they reach the application, as JSON. */
    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorsAsJson() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorReports.class.getName());
            }
        });
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionsPerClient(HttpServerLimitsProperties limits) {
        return factory -> {
            factory.setProtocol(ClientConnections.class.getName());
            factory.addProtocolHandlerCustomizers(protocol -> {
                if (protocol instanceof ClientConnections connections) {
                    connections.limitPerClient(limits.connectionsPerClient());
                    // Longest wait for any part of a request (first line, headers, a blocking read): a little longer
                    // than a body's deadline, so that a slow body is answered 408 at its deadline, not cut off.
                    connections.setConnectionTimeout((int) limits.bodyReadTimeout().plusSeconds(1).toMillis());
                }
            });
        };
    }
}
