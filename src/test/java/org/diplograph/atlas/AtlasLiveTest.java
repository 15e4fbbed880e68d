package org.diplograph.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.DatabaseIndependent;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Facts written through the API while the Atlas is open appear in it without a reload, marked as new, and only in
 * the views they concern ({@link Chromium}; the page follows the API's subscription over Server-Sent Events).
 */
@DatabaseIndependent
class AtlasLiveTest extends WriteTest {

    private Chromium chromium;

    @BeforeEach
    void openBrowser() {
        chromium = Chromium.forServerOn(port);
    }

    @Test
    void anActionWrittenWhileTheRelationIsOpenAppearsAsNewWithoutAReload() {
        chromium.open("/atlas/relation/MX/PE");
        chromium.waitForStatus("events between MX and PE");
        chromium.waitUntilText("live-status", "Live:");
        chromium.script("window.openedOnce = 'still the same page'");

        record("Uruguay and Paraguay signed a river transport accord", "UY", "PY");
        record("Mexico and Peru agreed to reopen consular sections", "MX", "PE");

        chromium.waitUntilText("new-events", "Mexico and Peru agreed to reopen consular sections");
        assertThat(chromium.texts("#new-events li")).singleElement().satisfies(item ->
                assertThat(item).startsWith("New: ").contains("Evidence: sentence 1"));
        assertThat(chromium.browser.findElement(By.cssSelector("#new-events li")).getDomAttribute("class")).contains("new");
        assertThat(chromium.script("return window.openedOnce")).isEqualTo("still the same page");
        assertThat(chromium.consoleProblems()).isEmpty();
    }

    private void record(String summary, String actorCountry, String recipientCountry) {
        writer.document("mutation($input: RecordActionInput!) { recordAction(input: $input) { userErrors { code } } }")
                .variable("input", Map.of("summary", summary, "eventCode", "057",
                        "actors", List.of(id("{ country(code: \"" + actorCountry + "\") { id } }", "country.id")),
                        "recipients", List.of(id("{ country(code: \"" + recipientCountry + "\") { id } }", "country.id")),
                        "occurred", Map.of(), "evidence", List.of(sentenceId(1))))
                .execute().path("recordAction.userErrors").entityList(Object.class).hasSize(0);
    }
}
