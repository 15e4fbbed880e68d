package org.diplograph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.diplograph.support.DatabaseIndependent;

/** GraphiQL is served at /graphiql with every script and style from the application itself, so it works offline. */
@DatabaseIndependent
class GraphiqlPageTest extends ApiTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void thePageLoadsEveryAssetFromThisServerAndNoneFromTheInternet() {
        String page = http.get().uri("/graphiql").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/html")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).doesNotContain("http://", "https://", "//cdn", "esm.sh", "unpkg", "jsdelivr");
        Matcher assets = ASSET.matcher(page);
        // data: URIs (the empty icon) are inline and fetch nothing.
        List<String> paths = assets.results().map(match -> match.group(1)).filter(path -> !path.startsWith("data:")).toList();
        assertThat(paths).contains("/webjars/graphiql/2.4.7/graphiql.min.js", "/graphiql/graphiql-init.js");
        for (String path : paths) {
            assertThat(path).startsWith("/");
            http.get().uri(path).exchange().expectStatus().isOk();
        }
        String init = http.get().uri("/graphiql/graphiql-init.js").exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(init).contains("/graphql").doesNotContain("http://", "https://");
    }

    @Test
    void theStartPageLinksTheAtlasAndGraphiql() {
        String start = http.get().uri("/").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/html")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(start).contains("href=\"/atlas\"", "href=\"/graphiql\"").doesNotContain("http://", "https://");
    }
}
