package org.diplograph.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page and the Atlas, a page for people built on the public GraphQL API alone: the server only hands out the
 * same page for every view (the view is in the URL, read by the page's script); its scripts and styles are served from
 * {@code /atlas-assets}, inside the application.
 */
@Controller
@ConditionalOnWebApplication
class AtlasController {

    private static final Resource START = new ClassPathResource("atlas/start.html");
    private static final Resource ATLAS = new ClassPathResource("atlas/index.html");

    @GetMapping("/")
    ResponseEntity<Resource> start() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(START);
    }

    @GetMapping({"/atlas", "/atlas/", "/atlas/relation/{first}/{second}", "/atlas/timeline", "/atlas/search",
            "/atlas/actor/{slug}", "/atlas/source/{slug}",
            "/atlas/source/{slug}/sentence/{number}"})
    ResponseEntity<Resource> atlas() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(ATLAS);
    }
}
