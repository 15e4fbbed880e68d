package org.diplograph.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.diplograph.draft.coding.ArticleCoder;
import org.diplograph.support.ApiTest;
import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How well the article coder drafts the facts people coded by hand: the seed article (its seeded facts are the gold),
 * the tuning articles and the held-out ones (src/test/resources/coding/devset). Prints per-kind precision and recall
 * by the rules of {@link CodingScore}; fails if a cited span does not round-trip to the text, or if the scores fall
 * below what the coder reached when these tests were written (so that a change to the rules cannot lose them unseen).
 */
@DatabaseIndependent
class CodingQualityTest extends ApiTest {

    static final List<String> TUNING = List.of("canada-china-2023-05", "niger-france-2023-08", "saudi-iran-2023-03");
    static final List<String> HELD_OUT = List.of("spain-argentina-2024-05", "ecuador-mexico-2024-04", "venezuela-latam-2024-07");

    @Autowired
    private GazetteerRepository gazetteers;

    @Test
    void theCoderDraftsTheFactsOfTheDevelopmentSet() throws Exception {
        CodingScore seed = score(List.of(seedGold()));
        CodingScore tuning = score(read(TUNING));
        CodingScore heldOut = score(read(HELD_OUT));
        System.out.println("Article coder, development set (" + LocalDate.now() + ")\n" + CodingScore.header() + "\n"
                + seed.row("seed article") + "\n" + tuning.row("tuning (3)") + "\n" + heldOut.row("held out (3)"));
        List.of(seed, tuning, heldOut).forEach(score -> score.misses.forEach(miss -> System.out.println("  " + miss)));

        for (CodingScore score : List.of(seed, tuning, heldOut)) {
            assertThat(score.spansRoundTrip).as("cited spans that round-trip to the text").isEqualTo(score.spans);
        }
        // The targets the coder meets on the held-out articles, and floors at what it reached for the rest.
        assertThat(heldOut.matchedStatements).as("held-out statements found (recall >= 0.95)")
                .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * heldOut.goldStatements));
        assertThat(heldOut.speakerRight).as("speakers right (>= 0.90)")
                .isGreaterThanOrEqualTo((int) Math.ceil(0.90 * heldOut.matchedStatements));
        assertThat(heldOut.datesInvented).as("dates invented").isZero();
        assertThat(heldOut.matchedFigures).as("figures found").isEqualTo(heldOut.goldFigures);
        assertThat(heldOut.matchedFigures).as("figures right").isEqualTo(heldOut.guessedFigures);
        assertThat(heldOut.matchedActions).as("held-out actions matched at the root (floor)").isGreaterThanOrEqualTo(6);
        assertThat(seed.matchedStatements).as("seed statements found (floor)").isEqualTo(seed.goldStatements);
        assertThat(seed.matchedActions).as("seed actions matched at the root (floor)").isGreaterThanOrEqualTo(6);
    }

    private CodingScore score(List<GoldArticle> articles) {
        CodingScore score = new CodingScore();
        for (GoldArticle article : articles) {
            score.add(article, ArticleCoder.code(article.text(), article.published(), gazetteers.gazetteer()));
        }
        return score;
    }

    private static List<GoldArticle> read(List<String> names) throws Exception {
        List<GoldArticle> articles = new ArrayList<>();
        for (String name : names) {
            articles.add(GoldArticle.read(name));
        }
        return articles;
    }

    /** The seed article's text and the facts seeded from it, as the API answers them. */
    @SuppressWarnings("unchecked")
    private GoldArticle seedGold() {
        Map<String, Object> source = graphQl.document("""
                        { source(slug: "mexico-peru-2022-12-21") { text published { date }
                            statements(first: 20) { nodes { content mode speaker { slug name description } } }
                            actions(first: 30) { nodes { eventCode { code } negated occurred { date precision }
                              evidence { number }
                              actors { ...SeedParty } recipients { ...SeedParty } } } } }
                        fragment SeedParty on Party { ... on Country { code } ... on Actor { country { code } } }""")
                .execute().path("source").entity(Map.class).get();
        List<GoldArticle.Statement> statements = new ArrayList<>();
        for (Map<String, Object> node : nodes(source.get("statements"))) {
            Map<String, Object> speaker = (Map<String, Object>) node.get("speaker");
            List<String> names = new ArrayList<>();
            names.add((String) speaker.get("slug"));
            if (speaker.get("name") != null) {
                names.add((String) speaker.get("name"));
            }
            statements.add(new GoldArticle.Statement(names, (String) node.get("mode"), (String) node.get("content")));
        }
        List<GoldArticle.Action> actions = new ArrayList<>();
        for (Map<String, Object> node : nodes(source.get("actions"))) {
            Set<Integer> sentences = new TreeSet<>();
            ((List<Map<String, Object>>) node.get("evidence")).forEach(sentence -> sentences.add((Integer) sentence.get("number")));
            Map<String, Object> occurred = (Map<String, Object>) node.get("occurred");
            String date = occurred.get("date") == null ? "UNKNOWN"
                    : "YEAR".equals(occurred.get("precision")) ? ((String) occurred.get("date")).substring(0, 4)
                    : (String) occurred.get("date");
            actions.add(new GoldArticle.Action(sentences, (String) ((Map<String, Object>) node.get("eventCode")).get("code"),
                    countries(node.get("actors")), countries(node.get("recipients")), date, (Boolean) node.get("negated")));
        }
        List<GoldArticle.Figure> figures = new ArrayList<>();
        for (Map<String, Object> node : graphQl.document("""
                        { figures(first: 100) { nodes { kind quantity exactness source { slug } } } }""")
                .execute().path("figures.nodes").entityList(Map.class).get()) {
            if ("mexico-peru-2022-12-21".equals(((Map<String, Object>) node.get("source")).get("slug"))) {
                figures.add(new GoldArticle.Figure((String) node.get("kind"), ((Number) node.get("quantity")).longValue(),
                        (String) node.get("exactness")));
            }
        }
        LocalDate published = LocalDate.parse((String) ((Map<String, Object>) source.get("published")).get("date"));
        return new GoldArticle("seed", (String) source.get("text"), published, statements, actions, figures);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Object connection) {
        return (List<Map<String, Object>>) ((Map<String, Object>) connection).get("nodes");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> countries(Object parties) {
        Set<String> codes = new TreeSet<>();
        for (Map<String, Object> party : (List<Map<String, Object>>) parties) {
            Object code = party.containsKey("code") ? party.get("code")
                    : party.get("country") == null ? null : ((Map<String, Object>) party.get("country")).get("code");
            if (code != null) {
                codes.add(Objects.toString(code));
            }
        }
        return codes;
    }
}
