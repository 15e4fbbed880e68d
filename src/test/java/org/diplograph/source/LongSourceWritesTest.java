package org.diplograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.diplograph.support.RunsAlongside;
import org.diplograph.support.WriteTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * A source as long as a source may be is recorded whole, every sentence citable. On a database of its own: its 50,000
 * sentences would otherwise be read by every "nothing was written" fingerprint of the other write tests.
 */
@RunsAlongside
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:long-source;DB_CLOSE_DELAY=-1")
class LongSourceWritesTest extends WriteTest {

    @Test
    void aTextOfTensOfThousandsOfSentencesIsRecordedWhole() {
        // 50,000 short sentences in 199,999 characters, within the 200,000 a source may have.
        Map<String, Object> input = Map.of("slug", "fifty-thousand-sentences", "headline", "Fifty thousand sentences",
                "published", Map.of("date", "2022-12-16"), "text", "Go. ".repeat(50_000).trim());
        writer.documentName("recordSource").variable("input", input).execute()
                .path("recordSource.userErrors").entityList(Object.class).hasSize(0)
                .path("recordSource.source.sentences.totalCount").entity(Integer.class).isEqualTo(50_000)
                .path("recordSource.source.sentences.nodes[19].number").entity(Integer.class).isEqualTo(20);
        assertThat(jdbc.sql("SELECT max(ordinal) FROM sentence WHERE source_id = (SELECT id FROM source WHERE slug = "
                + "'fifty-thousand-sentences')").query(Integer.class).single()).isEqualTo(50_000);
    }
}
