package org.diplograph.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.diplograph.support.ApiTest;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Atlas in a real browser ({@link Chromium}). The page is read the way a person reads it — the relation of Mexico
 * and Peru from its deep link, a pair chosen in the form, the back button — and checked against what the API answers
 * for the same question, on a phone-sized window too, with every request the page makes going to this server.
 */
@DatabaseIndependent
class AtlasPageTest extends ApiTest {

    private Chromium chromium;
    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        chromium = Chromium.forServerOn(port);
        browser = chromium.browser;
    }

    @Test
    void aDeepLinkShowsTheRelationAsTheApiAnswersIt() {
        Map<String, Object> relation = graphQl.document("""
                        { relation(between: ["MX", "PE"]) { summary { eventCount diplomaticTies }
                            events(first: 20) { nodes { summary } } figureTotals { kind } } }""")
                .execute().path("relation").entity(MAP).get();
        open("/atlas/relation/MX/PE");
        waitForStatus("events between MX and PE");

        assertThat(text("#relation-title")).contains("Mexico").contains("Peru");
        int eventCount = (int) ((Map<?, ?>) relation.get("summary")).get("eventCount");
        assertThat(text("#summary")).contains("Events\n" + eventCount);
        List<String> summaries = ((List<?>) ((Map<?, ?>) relation.get("events")).get("nodes")).stream()
                .map(node -> (String) ((Map<?, ?>) node).get("summary")).toList();
        assertThat(browser.findElements(By.cssSelector("#events .summary-text")).stream().map(WebElement::getText))
                .containsExactlyElementsOf(summaries);
        assertThat(text("#events li .evidence")).startsWith("Evidence: sentence ");
        assertThat(browser.findElements(By.cssSelector("#figures li")))
                .hasSize(Math.max(1, ((List<?>) relation.get("figureTotals")).size()));
        assertThat(text("#chart-title")).as("two days of events are charted day by day").endsWith("by day");
        assertThat(text("#chart figcaption")).contains("2 days from 2022-12-20 to 2022-12-21")
                .contains("cooperation above the line").contains("conflict below it");
        assertThat(browser.findElements(By.cssSelector("#chart rect"))).isNotEmpty();
        assertThat(requestedUrls()).isNotEmpty().allMatch(url -> url.startsWith("http://127.0.0.1:" + port + "/"));
    }

    @Test
    void choosingAPairPutsItInTheAddressAndTheBackButtonReturns() {
        open("/atlas/relation/MX/PE");
        waitForStatus("events between MX and PE");
        WebElement first = browser.findElement(By.id("first"));
        WebElement second = browser.findElement(By.id("second"));
        first.clear();
        first.sendKeys("Peru");
        second.clear();
        second.sendKeys("MX");
        browser.findElement(By.cssSelector("#pair button")).click();
        waitForStatus("events between PE and MX");
        assertThat(browser.getCurrentUrl()).endsWith("/atlas/relation/PE/MX");

        browser.navigate().back();
        waitForStatus("events between MX and PE");
        assertThat(browser.getCurrentUrl()).endsWith("/atlas/relation/MX/PE");
    }

    @Test
    void anUnknownCountryIsToldInWordsAndAPhoneSizedWindowNeedsNoSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(375, 800));
        open("/atlas/relation/MX/PE");
        waitForStatus("events between MX and PE");
        Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(width.intValue()).as("sideways overflow in px").isLessThanOrEqualTo(0);

        open("/atlas/relation/MX/ZZ");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.attributeContains(
                By.id("status"), "class", "error"));
        assertThat(text("#status")).contains("ZZ");
    }

    @Test
    void anEventsEvidenceOpensItsSentenceInTheReaderWithEveryCitedSentenceHighlighted() {
        Map<String, Object> sentence = graphQl.document("""
                        { relation(between: ["MX", "PE"]) { events(first: 1) { nodes {
                            evidence { number text source { slug } } } } } }""")
                .execute().path("relation.events.nodes[0].evidence[0]").entity(MAP).get();
        Map<?, ?> source = (Map<?, ?>) sentence.get("source");
        List<Map<String, Object>> sentences = graphQl.document("""
                        { source(slug: "%s") { sentences(first: 100) { pageInfo { hasNextPage }
                            nodes { statements { id } actions { id } } } } }""".formatted(source.get("slug")))
                .execute().path("source.sentences.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false)
                .path("source.sentences.nodes").entityList(MAP).get();
        long cited = sentences.stream()
                .filter(node -> !((List<?>) node.get("statements")).isEmpty() || !((List<?>) node.get("actions")).isEmpty())
                .count();
        open("/atlas/relation/MX/PE");
        waitForStatus("events between MX and PE");
        String summary = text("#events .summary-text");

        browser.findElement(By.cssSelector("#events a.to-reader")).click();
        waitForStatus("cited by facts");
        assertThat(browser.getCurrentUrl()).endsWith("/atlas/source/" + source.get("slug") + "/sentence/"
                + sentence.get("number"));
        WebElement selected = browser.findElement(By.cssSelector("#sentences li.selected"));
        assertThat(selected.getText()).isEqualTo(sentence.get("text"));
        assertThat(text("#facts")).contains("Action: " + summary);
        assertThat(browser.findElements(By.cssSelector("#sentences li.cited"))).hasSize((int) cited);
        assertThat(text("#status")).contains(cited + " of them cited by facts");

        browser.navigate().back();
        waitForStatus("events between MX and PE");
    }

    @Test
    void theTimelineOfACountryPagesWithTheApisCursorsAndKeepsItsFilterInTheAddress() {
        int total = graphQl.document("{ timeline(countries: [\"PE\"], first: 1) { totalCount } }").execute()
                .path("timeline.totalCount").entity(Integer.class).get();
        List<String> firstForty = graphQl.document("""
                        { timeline(countries: ["PE"], first: 40) { nodes { ... on Action { id } ... on Statement { id } } } }""")
                .execute().path("timeline.nodes[*].id").entityList(String.class).get();
        assertThat(total).as("the seed has more than one page of Peru").isGreaterThan(20);
        open("/atlas/timeline");
        waitForStatus("entries.");
        WebElement country = browser.findElement(By.id("timeline-country"));
        country.sendKeys("Peru");
        browser.findElement(By.cssSelector("#timeline-filter button")).click();
        waitForStatus("20 of " + total + " entries involving PE");
        assertThat(browser.getCurrentUrl()).endsWith("/atlas/timeline?country=PE");

        browser.findElement(By.id("more-entries")).click();
        waitForStatus(Math.min(40, total) + " of " + total + " entries involving PE");
        assertThat(browser.findElements(By.cssSelector("#entries li")).stream().map(item -> item.getAttribute("data-id")))
                .containsExactlyElementsOf(firstForty);
    }

    private void open(String path) {
        chromium.open(path);
    }

    private void waitForStatus(String words) {
        chromium.waitForStatus(words);
    }

    private String text(String css) {
        return chromium.text(css);
    }

    private List<String> requestedUrls() {
        return chromium.requestedUrls();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<Map<String, Object>> MAP = (Class) Map.class;
}
