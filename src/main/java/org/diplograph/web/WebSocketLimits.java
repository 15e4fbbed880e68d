package org.diplograph.web;

import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.diplograph.graphql.execution.LimitsProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.ServletContextAware;

/**
 * A graphql-transport-ws message is held to the size an HTTP request body is: the container closes a connection whose
 * message is larger (close code 1009, "message too big") instead of buffering it, and the document and variable
 * limits apply to what fits, as they do over HTTP. Without a running servlet container (a mock web environment) there
 * are no WebSocket connections to limit.
 */
@Component
@ConditionalOnWebApplication
class WebSocketLimits implements ServletContextAware {

    private final LimitsProperties limits;

    WebSocketLimits(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public void setServletContext(ServletContext servletContext) {
        if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxTextMessageBufferSize(limits.maxRequestBytes());
        }
    }
}
