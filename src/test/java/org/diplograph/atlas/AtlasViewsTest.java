package org.diplograph.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.diplograph.support.ApiTest;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The Atlas's actor view, search and timeline filters in a real browser ({@link Chromium}), each checked against what
 * the API answers for the same question; every control reached with the keyboard alone; the page's requests by GET as
 * persisted queries; nothing written to the console; a dead connection told in words.
 */
@DatabaseIndependent
class AtlasViewsTest extends ApiTest {

    private Chromium chromium;

    @BeforeEach
    void openBrowser() {
        chromium = Chromium.forServerOn(port);
    }

    @Test
    void anActorsNetworkNamesItsTiesAndCounterpartsAndClicksThroughToThem() {
        Map<String, Object> monroy = graphQl.document("""
                        { actor(slug: "pablo-monroy") { name roles { title } statements { totalCount }
                            tieEnds { otherActor { slug name } } } }""")
                .execute().path("actor").entity(MAP).get();
        chromium.open("/atlas/actor/pablo-monroy");
        chromium.waitForStatus("connections.");

        assertThat(chromium.text("#actor-title")).isEqualTo(monroy.get("name"));
        List<?> roles = (List<?>) monroy.get("roles");
        assertThat(chromium.texts("#roles li")).hasSize(Math.max(1, roles.size()));
        List<String> keys = chromium.browser.findElements(By.cssSelector("#network a.graph-node")).stream()
                .map(node -> node.getDomAttribute("data-key")).toList();
        for (Object end : (List<?>) monroy.get("tieEnds")) {
            assertThat(keys).contains("actor:" + ((Map<?, ?>) ((Map<?, ?>) end).get("otherActor")).get("slug"));
        }
        assertThat(chromium.texts("#connections li")).anySatisfy(line ->
                assertThat(line).contains("accredited to").contains("acted on by"));
        assertThat(chromium.text("#network-caption")).contains("linked to " + keys.size());

        WebElement peru = chromium.browser.findElement(By.cssSelector("#network a[data-key='actor:government-of-peru']"));
        chromium.script("arguments[0].focus()", peru);
        new Actions(chromium.browser).sendKeys(Keys.ENTER).perform();
        chromium.waitForStatus("connections.");
        assertThat(chromium.browser.getCurrentUrl()).endsWith("/atlas/actor/government-of-peru");
        String name = graphQl.document("{ actor(slug: \"government-of-peru\") { name } }").execute()
                .path("actor.name").entity(String.class).get();
        assertThat(chromium.text("#actor-title")).isEqualTo(name);
        assertThat(chromium.consoleProblems()).isEmpty();
    }

    @Test
    void searchFindsTheStatementsAndActionsTheApiFinds() {
        List<String> statements = graphQl.document("{ statements(filter: {search: \"asylum\"}) { nodes { id } } }")
                .execute().path("statements.nodes[*].id").entityList(String.class).get();
        List<String> actions = graphQl.document("{ actions(filter: {search: \"asylum\"}) { nodes { id } } }")
                .execute().path("actions.nodes[*].id").entityList(String.class).get();
        chromium.open("/atlas/search");
        chromium.waitForStatus("Type words");
        chromium.browser.findElement(By.id("search-words")).sendKeys("asylum", Keys.ENTER);
        chromium.waitForStatus("contain every word of “asylum”");

        assertThat(chromium.browser.getCurrentUrl()).endsWith("/atlas/search?q=asylum");
        assertThat(ids("#found-statements li")).containsExactlyElementsOf(statements);
        assertThat(ids("#found-actions li")).containsExactlyElementsOf(actions);
        assertThat(chromium.text("#status")).startsWith(statements.size() + " statements and " + actions.size() + " actions");
    }

    @Test
    void theTimelineFiltersByRootCodeAndDatesAndKeepsThemInTheAddress() {
        List<String> expected = graphQl.document("""
                        { timeline(rootCodes: ["16"], dated: {from: "2022-12-01", to: "2022-12-31"}) { nodes {
                            ... on Action { id } ... on Statement { id } } } }""")
                .execute().path("timeline.nodes[*].id").entityList(String.class).get();
        chromium.open("/atlas/timeline?root=16&from=2022-12-01&to=2022-12-31");
        chromium.waitForStatus("of root code 16, dated 2022-12-01 to 2022-12-31.");

        assertThat(ids("#entries li")).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(chromium.browser.findElement(By.id("timeline-from")).getDomProperty("value")).isEqualTo("2022-12-01");
    }

    @Test
    void everyControlOfTheRelationViewIsReachedWithTheKeyboardAloneAndQueriesGoByGet() {
        chromium.open("/atlas/relation/MX/PE");
        chromium.waitForStatus("events between MX and PE");
        @SuppressWarnings("unchecked")
        List<String> controls = (List<String>) chromium.script("""
                return [...document.querySelectorAll('a[href], button, input, select, [tabindex="0"]')]
                  .filter(node => node.offsetParent !== null).map(node => node.outerHTML)""");
        chromium.script("document.activeElement.blur()");
        List<String> reached = new ArrayList<>();
        for (int press = 0; press < controls.size() + 5; press++) {
            new Actions(chromium.browser).sendKeys(Keys.TAB).perform();
            reached.add((String) chromium.script("return document.activeElement.outerHTML"));
        }
        assertThat(reached).containsAll(controls);

        assertThat(chromium.requestedUrls()).filteredOn(url -> url.contains("/graphql"))
                .isNotEmpty().allMatch(url -> url.contains("persistedQuery"));
        assertThat(chromium.consoleProblems()).isEmpty();
    }

    @Test
    void aDeadConnectionIsToldInWordsInsteadOfABlankArea() {
        chromium.open("/atlas/relation/MX/PE");
        chromium.waitForStatus("events between MX and PE");
        chromium.script("window.fetch = () => Promise.reject(new TypeError('Failed to fetch'))");
        chromium.browser.findElement(By.cssSelector("#pair button")).click();
        chromium.waitForStatus("The server cannot be reached");
        assertThat(chromium.browser.findElement(By.id("status")).getDomAttribute("class")).contains("error");
    }

    /** Prints how long each main view takes to draw on the seed (Chromium's timing) and photographs it. */
    @Test
    void theMainViewsAreDrawnAndPhotographed() throws Exception {
        Map<String, String> views = new java.util.LinkedHashMap<>();
        views.put("relation", "/atlas/relation/MX/PE|events between MX and PE");
        views.put("actor", "/atlas/actor/pablo-monroy|connections.");
        views.put("timeline", "/atlas/timeline?country=PE|entries involving PE");
        views.put("reader", "/atlas/source/mexico-peru-2022-12-21/sentence/7|cited by facts");
        views.put("search", "/atlas/search?q=asylum|contain every word");
        for (Map.Entry<String, String> view : views.entrySet()) {
            String[] pathAndStatus = view.getValue().split("\\|");
            chromium.open(pathAndStatus[0]);
            chromium.waitForStatus(pathAndStatus[1]);
            double ready = chromium.viewReadyMillis();
            System.out.printf("Atlas %s view drawn %.0f ms after navigation started (seed, Chromium timing)%n",
                    view.getKey(), ready);
            assertThat(ready).isPositive();
            chromium.screenshot("atlas-" + view.getKey());
        }
        assertThat(chromium.consoleProblems()).isEmpty();
    }

    private List<String> ids(String css) {
        return chromium.browser.findElements(By.cssSelector(css)).stream().map(item -> item.getDomAttribute("data-id")).toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
