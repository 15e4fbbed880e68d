package org.diplograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seed says what the article says and nothing more: quotes are verbatim, citations point at the right characters,
 * relative dates resolve correctly, and the countries are exactly those the article names.
 */
@SpringBootTest
class SeedFidelityTest {

    @Autowired
    JdbcClient jdbc;

    private String article() {
        return jdbc.sql("SELECT body FROM source WHERE slug = 'mexico-peru-2022-12-21'").query(String.class).single();
    }

    private Map<Long, String> sentencesById() {
        Map<Long, String> sentences = new java.util.HashMap<>();
        jdbc.sql("SELECT id, content FROM sentence").query((rs, n) -> sentences.put(rs.getLong(1), rs.getString(2))).list();
        return sentences;
    }

    @Test
    void everySentenceIsExactlyTheArticleTextBetweenItsOffsets() {
        String article = article();
        List<Map<String, Object>> sentences = jdbc.sql(
                "SELECT ordinal, start_offset, end_offset, content FROM sentence ORDER BY ordinal").query().listOfRows();
        assertThat(sentences).hasSize(22);
        for (Map<String, Object> sentence : sentences) {
            int start = ((Number) sentence.get("START_OFFSET")).intValue();
            int end = ((Number) sentence.get("END_OFFSET")).intValue();
            assertThat(article.substring(start, end)).as("sentence %s", sentence.get("ORDINAL"))
                    .isEqualTo(sentence.get("CONTENT"));
        }
    }

    @Test
    void theStoredSentencesAreWhatTheSplitterMakesOfTheStoredText() {
        List<SentenceSplitter.Span> expected = SentenceSplitter.split(article());
        List<SentenceSplitter.Span> stored = jdbc.sql(
                        "SELECT start_offset, end_offset, content FROM sentence ORDER BY ordinal")
                .query((rs, n) -> new SentenceSplitter.Span(rs.getInt(1), rs.getInt(2), rs.getString(3))).list();
        assertThat(stored).isEqualTo(expected);
    }

    @Test
    void everyQuoteOccursVerbatimInItsCitedSentenceAndInTheArticle() {
        String article = article();
        Map<Long, String> sentences = sentencesById();
        List<Map<String, Object>> statements = jdbc.sql("SELECT mode, content, sentence_id FROM statement").query().listOfRows();
        assertThat(statements).hasSize(12);
        for (Map<String, Object> statement : statements) {
            String content = (String) statement.get("CONTENT");
            String sentence = sentences.get(((Number) statement.get("SENTENCE_ID")).longValue());
            assertThat(article).contains(content);
            assertThat(sentence).as("cited sentence of %s", content).contains(content);
            if ("QUOTE".equals(statement.get("MODE"))) {
                assertThat(sentence).as("a QUOTE is printed between quotation marks")
                        .containsPattern("\"" + java.util.regex.Pattern.quote(content) + "[,.]?\"");
            }
        }
    }

    @Test
    void everyIsoCountryIsKnownAndOnlyTheSixTheArticleNamesCarryItsWording() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM country").query(Long.class).single())
                .as("the whole ISO 3166-1 list and Kosovo, for imported event data").isEqualTo(250L);
        List<String> aliased = jdbc.sql("SELECT DISTINCT country_code FROM country_alias ORDER BY country_code")
                .query(String.class).list();
        assertThat(aliased).isSubsetOf("AR", "BO", "CL", "CO", "MX", "PE");
        String article = article();
        for (String name : jdbc.sql("SELECT name FROM country WHERE code IN ('AR', 'BO', 'CL', 'CO', 'MX', 'PE')")
                .query(String.class).list()) {
            boolean named = article.contains(name) || ("Chile".equals(name) && article.contains("Chilean"));
            assertThat(named).as("the article names %s", name).isTrue();
        }
    }

    @Test
    void everyAliasOccursInTheSentenceItCites() {
        Map<Long, String> sentences = sentencesById();
        List<Map<String, Object>> aliases = new ArrayList<>();
        aliases.addAll(jdbc.sql("SELECT alias, sentence_id FROM country_alias").query().listOfRows());
        aliases.addAll(jdbc.sql("SELECT alias, sentence_id FROM actor_alias").query().listOfRows());
        assertThat(aliases).isNotEmpty();
        for (Map<String, Object> alias : aliases) {
            assertThat(sentences.get(((Number) alias.get("SENTENCE_ID")).longValue())).contains((String) alias.get("ALIAS"));
        }
    }

    @Test
    void everyNamedActorIsNamedInItsFirstMentionOrUnderAnAlias() {
        Map<Long, String> sentences = sentencesById();
        String article = article();
        List<Map<String, Object>> actors = jdbc.sql(
                "SELECT id, name, first_sentence_id FROM actor WHERE name IS NOT NULL AND kind = 'PERSON'").query().listOfRows();
        assertThat(actors).extracting(row -> row.get("NAME")).contains("Andres Manuel Lopez Obrador", "Gabriel Boric",
                "Pedro Castillo", "Pablo Monroy", "Lilia Paredes", "Marcelo Ebrard");
        for (Map<String, Object> actor : actors) {
            String name = (String) actor.get("NAME");
            assertThat(article).contains(name);
            assertThat(sentences.get(((Number) actor.get("FIRST_SENTENCE_ID")).longValue())).satisfiesAnyOf(
                    first -> assertThat(first).contains(name),
                    first -> assertThat(jdbc.sql("SELECT alias FROM actor_alias WHERE actor_id = ?")
                            .param(actor.get("ID")).query(String.class).list()).anyMatch(first::contains));
        }
    }

    @Test
    void unnamedActorsTheArticleCountsStayUnnamed() {
        List<Map<String, Object>> unnamed = jdbc.sql(
                "SELECT slug, member_count FROM actor WHERE name IS NULL ORDER BY slug").query().listOfRows();
        assertThat(unnamed).extracting(row -> row.get("SLUG")).contains("castillo-children",
                "leftist-leader-of-argentina", "leftist-leader-of-bolivia", "leftist-leader-of-colombia");
        assertThat(jdbc.sql("SELECT member_count FROM actor WHERE slug = 'castillo-children'").query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void relativeWeekdaysResolveToTheWeekEndingOnThePublicationDate() {
        LocalDate published = jdbc.sql("SELECT published_on FROM source").query(LocalDate.class).single();
        assertThat(published.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        List<Map<String, Object>> dated = new ArrayList<>();
        dated.addAll(jdbc.sql("SELECT said_on AS on_date, said_wording AS wording FROM statement WHERE said_on IS NOT NULL")
                .query().listOfRows());
        dated.addAll(jdbc.sql("SELECT occurred_on AS on_date, occurred_wording AS wording FROM action WHERE occurred_on IS NOT NULL")
                .query().listOfRows());
        int weekdayDates = 0;
        for (Map<String, Object> row : dated) {
            LocalDate date = ((java.sql.Date) row.get("ON_DATE")).toLocalDate();
            String wording = (String) row.get("WORDING");
            for (DayOfWeek day : DayOfWeek.values()) {
                if (wording.contains(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))) {
                    weekdayDates++;
                    assertThat(date.getDayOfWeek()).as(wording).isEqualTo(day);
                    assertThat(date).as(wording).isBetween(published.minusDays(6), published);
                }
            }
        }
        assertThat(weekdayDates).isGreaterThanOrEqualTo(8);
        assertThat(jdbc.sql("SELECT occurred_on FROM action WHERE summary LIKE 'Peru declared%'").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2022, 12, 20));
    }

    @Test
    void datesTheArticleDoesNotGiveStayUnknown() {
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM action WHERE occurred_on IS NULL
                AND (occurred_precision <> 'UNKNOWN' OR occurred_basis <> 'UNKNOWN')""").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT occurred_precision FROM action WHERE summary LIKE 'Mexico recalled%'")
                .query(String.class).single()).isEqualTo("UNKNOWN");
        assertThat(jdbc.sql("SELECT ended_on FROM actor_role WHERE title = 'President of Peru'").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2022, 12, 7));
    }

    @Test
    void everyActionCitesEvidenceAndEveryContextDateCitesItsSentence() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action a WHERE NOT EXISTS (SELECT 1 FROM action_evidence e WHERE e.action_id = a.id)")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM statement WHERE said_basis = 'CONTEXT' AND said_sentence_id IS NULL")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM action WHERE occurred_basis = 'CONTEXT' AND occurred_sentence_id IS NULL")
                .query(Integer.class).single()).isZero();
    }
}
