package org.diplograph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, working offline: its scripts and styles come from WebJars inside the application,
 * never from a CDN (Spring's built-in page loads them from esm.sh, so it is switched off).
 */
@Controller
@ConditionalOnProperty(name = "diplograph.graphiql.enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnWebApplication
class GraphiqlController {

    private static final Resource PAGE = new ClassPathResource("graphiql/index.html");

    @GetMapping("/graphiql")
    ResponseEntity<Resource> graphiql() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(PAGE);
    }
}
