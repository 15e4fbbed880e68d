package org.diplograph.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Sources: what the text supports about the article, its sentences, and the facts drawn from it. */
class SourceQueriesTest extends ApiTest {

    @Test
    void theSourceRecordsOnlyWhatTheTextSupports() {
        graphQl.document("""
                        { source(slug: "mexico-peru-2022-12-21") {
                            headline headlineOrigin outlet photoCredit dateline language url
                            published { date precision basis } text } }""")
                .execute()
                .path("source.headlineOrigin").entity(String.class).isEqualTo("EDITORIAL")
                .path("source.outlet").valueIsNull()
                .path("source.url").valueIsNull()
                .path("source.photoCredit").entity(String.class).isEqualTo("REUTERS/Henry Romero/File Photo")
                .path("source.dateline").entity(String.class).isEqualTo("Mexico City")
                .path("source.published.date").entity(String.class).isEqualTo("2022-12-21")
                .path("source.published.basis").entity(String.class).isEqualTo("INFERRED")
                .path("source.text").entity(String.class).satisfies(text -> assertThat(text)
                        .startsWith("Mexico's President Andres Manuel Lopez Obrador looks on")
                        .endsWith("their economic interests.\"").hasSize(2496));
    }

    @Test
    void sentencesSliceTheTextAtTheirOffsets() {
        String text = graphQl.document("{ source(slug: \"mexico-peru-2022-12-21\") { text } }").execute()
                .path("source.text").entity(String.class).get();
        graphQl.document("{ source(slug: \"mexico-peru-2022-12-21\") { sentences(first: 100) { totalCount nodes { number start end text source { slug } } } } }")
                .execute()
                .path("source.sentences.totalCount").entity(Integer.class).isEqualTo(22)
                .path("source.sentences.nodes").entityList(SentenceView.class).hasSize(22).satisfies(sentences -> {
                    for (int i = 0; i < sentences.size(); i++) {
                        SentenceView sentence = sentences.get(i);
                        assertThat(sentence.number()).isEqualTo(i + 1);
                        assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
                    }
                });
    }

    record SentenceView(int number, int start, int end, String text) {
    }

    @Test
    void aSourceListsItsFactsAndASentenceTheFactsCitingIt() {
        graphQl.document("""
                        { source(slug: "mexico-peru-2022-12-21") {
                            statements { totalCount } actions { totalCount }
                            sentences(first: 20) { nodes { number statements { content } actions { summary } } } } }""")
                .execute()
                .path("source.statements.totalCount").entity(Integer.class).isEqualTo(12)
                .path("source.actions.totalCount").entity(Integer.class).isEqualTo(20)
                .path("source.sentences.nodes[10].statements[0].content").entity(String.class)
                .isEqualTo("unfounded and reprehensible")
                .path("source.sentences.nodes[16].actions[*].summary").entityList(String.class)
                .contains("Castillo was impeached", "Castillo was arrested");
    }

    @Test
    void sourcesAreListedNewestFirstAndAnUnknownSlugIsNotFound() {
        graphQl.document("{ sources { totalCount nodes { slug } } }").execute()
                .path("sources.totalCount").entity(Integer.class).isEqualTo(1)
                .path("sources.nodes[0].slug").entity(String.class).isEqualTo("mexico-peru-2022-12-21");
        graphQl.document("{ source(slug: \"nope\") { slug } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND")));
    }
}
