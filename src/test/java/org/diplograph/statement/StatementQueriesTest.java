package org.diplograph.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Statements: verbatim content, speaker, audience, subjects of every kind, evidence and the actions they carry. */
class StatementQueriesTest extends ApiTest {

    @Test
    void statementsAreListedInDateOrderWithUndatedLast() {
        graphQl.document("{ statements(first: 100) { totalCount nodes { content said { date precision } } } }").execute()
                .path("statements.totalCount").entity(Integer.class).isEqualTo(12)
                .path("statements.nodes[0].content").entity(String.class).isEqualTo("unfounded and reprehensible")
                .path("statements.nodes[11].said.precision").entity(String.class).isEqualTo("UNKNOWN");
    }

    @Test
    void aQuoteCarriesItsSpeakerAudienceContextDateAndEvidence() {
        graphQl.document("""
                        { actor(slug: "andres-manuel-lopez-obrador") { statements(first: 100) { nodes {
                            content mode speaker { slug } audience { slug }
                            said { date basis wording evidence { number } }
                            evidence { number text } source { slug } } } } }""")
                .execute()
                .path("actor.statements.nodes[?(@.content == 'We will not expel anyone')].mode").entityList(String.class)
                .containsExactly("QUOTE")
                .path("actor.statements.nodes[?(@.content == 'We will not expel anyone')].audience[*].slug")
                .entityList(String.class).containsExactly("reporters")
                .path("actor.statements.nodes[?(@.content == 'We will not expel anyone')].said.basis")
                .entityList(String.class).containsExactly("CONTEXT")
                .path("actor.statements.nodes[?(@.content == 'We will not expel anyone')].said.evidence.number")
                .entityList(Integer.class).containsExactly(8)
                .path("actor.statements.nodes[?(@.content == 'We will not expel anyone')].evidence.text")
                .entityList(String.class).containsExactly("\"We will not expel anyone,\" he added.");
    }

    @Test
    void subjectsMayBeActorsCountriesOrActions() {
        graphQl.document("""
                        { statements(first: 100) { nodes { content subjects {
                            __typename
                            ... on Actor { slug }
                            ... on Country { code }
                            ... on Action { summary } } } } }""")
                .execute()
                .path("statements.nodes[?(@.content == 'unfounded and reprehensible')].subjects[0].summary")
                .entityList(String.class).containsExactly("Peru declared Mexico's ambassador Pablo Monroy persona non grata")
                .path("statements.nodes[?(@.content == 'has decided not to break relations')].subjects[*].__typename")
                .entityList(String.class).containsExactly("Actor", "Country")
                .path("statements.nodes[?(@.content == 'has decided not to break relations')].subjects[1].code")
                .entityList(String.class).containsExactly("PE");
    }

    @Test
    void aStatementLinksToTheActionsItPerformsOrReports() {
        graphQl.document("""
                        { actor(slug: "marcelo-ebrard") { statements { nodes { actions { summary eventCode { code } reportedIn { content } } } } } }""")
                .execute()
                .path("actor.statements.nodes[0].actions[0].eventCode.code").entity(String.class).isEqualTo("111")
                .path("actor.statements.nodes[0].actions[0].reportedIn.content").entity(String.class)
                .isEqualTo("unfounded and reprehensible");
    }

    @Test
    void paraphrasesAndMixedSpansAreMarkedAsSuch() {
        graphQl.document("{ statements(first: 100) { nodes { mode content } } }").execute()
                .path("statements.nodes[?(@.mode == 'PARAPHRASE')].content").entityList(String.class)
                .contains("Castillo was the legitimately elected president of Peru")
                .path("statements.nodes[?(@.mode == 'MIXED')].content").entityList(String.class)
                .satisfies(mixed -> assertThat(mixed).singleElement().asString().contains("so-called political class"));
    }
}
