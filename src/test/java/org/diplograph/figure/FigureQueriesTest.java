package org.diplograph.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The article's figures, seeded and cited, as a front-end reads them: listed, filtered, added up, and linked. */
class FigureQueriesTest extends ApiTest {

    @Test
    void everyFigureTheArticleGivesIsSeededWithItsExactnessAndCitesASentenceThatContainsItsWording() {
        List<Map> figures = graphQl.document("""
                        { figures(first: 20) { totalCount nodes { kind quantity exactness wording
                            evidence { text } source { slug } } } }""")
                .execute().path("figures.nodes").entityList(Map.class).hasSize(5).get();
        assertThat(figures).extracting(figure -> figure.get("kind") + " " + figure.get("quantity") + " " + figure.get("exactness"))
                .containsExactly("DEATHS 21 EXACT", "INJURIES 200 AT_LEAST", "INVESTIGATIONS 6 EXACT",
                        "DURATION_HOURS 72 EXACT", "PEOPLE 2 EXACT");
        for (Map figure : figures) {
            assertThat((String) ((Map) figure.get("evidence")).get("text")).contains((String) figure.get("wording"));
            assertThat(((Map) figure.get("source")).get("slug")).isEqualTo("mexico-peru-2022-12-21");
        }
    }

    @Test
    void hundredsIsAtLeastTwoHundredReportedByOfficials() {
        graphQl.document("""
                        { figures(filter: {kinds: [INJURIES]}) { nodes { quantity exactness wording
                            reportedBy { slug } aboutCountry { code } aboutAction { summary } } } }""")
                .execute()
                .path("figures.nodes[0].quantity").entity(Integer.class).isEqualTo(200)
                .path("figures.nodes[0].exactness").entity(String.class).isEqualTo("AT_LEAST")
                .path("figures.nodes[0].wording").entity(String.class).isEqualTo("hundreds, including police officers, have been injured")
                .path("figures.nodes[0].reportedBy.slug").entity(String.class).isEqualTo("officials")
                .path("figures.nodes[0].aboutCountry.code").entity(String.class).isEqualTo("PE")
                .path("figures.nodes[0].aboutAction.summary").entity(String.class)
                .isEqualTo("21 people have died in clashes and hundreds have been injured");
    }

    @Test
    void filtersCombineAndOrderingIsByQuantity() {
        graphQl.document("{ figures(filter: {countries: [\"PE\"], exactness: [EXACT]}, orderBy: {field: QUANTITY, direction: DESC}) "
                        + "{ nodes { quantity } } }")
                .execute().path("figures.nodes[*].quantity").entityList(Integer.class).containsExactly(72, 21, 6);
        String castillo = graphQl.document("{ actor(slug: \"pedro-castillo\") { id } }").execute()
                .path("actor.id").entity(String.class).get();
        graphQl.document("query($a: [ID!]) { figures(filter: {or: [{actors: $a}, {kinds: [PEOPLE]}]}) { nodes { kind } } }")
                .variable("a", List.of(castillo)).execute()
                .path("figures.nodes[*].kind").entityList(String.class).containsExactly("INVESTIGATIONS", "PEOPLE");
    }

    @Test
    void totalsAddUpByKindAndSayWhenTheSumIsABound() {
        graphQl.document("{ figureTotals(filter: {kinds: [DEATHS, INJURIES]}) { kind figures quantity exact } }").execute()
                .path("figureTotals[*].kind").entityList(String.class).containsExactly("DEATHS", "INJURIES")
                .path("figureTotals[0].quantity").entity(Integer.class).isEqualTo(21)
                .path("figureTotals[0].exact").entity(Boolean.class).isEqualTo(true)
                .path("figureTotals[1].quantity").entity(Integer.class).isEqualTo(200)
                .path("figureTotals[1].exact").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void actionsActorsAndCountriesListTheirFigures() {
        graphQl.document("""
                        { actor(slug: "pablo-monroy") { figures { quantity kind aboutAction { summary } aboutActor { slug } } }
                          country(code: "PE") { figures { kind } } }""")
                .execute()
                .path("actor.figures[*].quantity").entityList(Integer.class).containsExactly(72)
                .path("actor.figures[0].aboutAction.summary").entity(String.class)
                .isEqualTo("Peru declared Mexico's ambassador Pablo Monroy persona non grata")
                .path("actor.figures[0].aboutActor.slug").entity(String.class).isEqualTo("pablo-monroy")
                .path("country.figures[*].kind").entityList(String.class)
                .containsExactly("DEATHS", "INJURIES", "INVESTIGATIONS", "DURATION_HOURS");
        graphQl.document("{ actions(first: 100) { nodes { summary figures { kind } } } }").execute()
                .path("actions.nodes[?(@.summary == 'Castillo is the subject of six separate criminal probes')].figures[*].kind")
                .entityList(String.class).containsExactly("INVESTIGATIONS");
    }

    @Test
    void theRelationViewAddsUpTheFiguresOfTheActionsBetweenTheTwoCountries() {
        graphQl.document("{ relation(between: [\"MX\", \"PE\"]) { figureTotals { kind figures quantity exact } } }").execute()
                .path("relation.figureTotals[*].kind").entityList(String.class).contains("DURATION_HOURS")
                .path("relation.figureTotals[?(@.kind == 'DURATION_HOURS')].quantity").entityList(Integer.class)
                .containsExactly(72);
    }

    @Test
    void aFigureIsANodeAndAFact() {
        String id = graphQl.document("{ figures(first: 1) { nodes { id } } }").execute()
                .path("figures.nodes[0].id").entity(String.class).get();
        graphQl.document("query($id: ID!) { node(id: $id) { __typename ... on Fact { version isRetracted recorded { by } } } }")
                .variable("id", id).execute()
                .path("node.__typename").entity(String.class).isEqualTo("Figure")
                .path("node.version").entity(Integer.class).isEqualTo(1)
                .path("node.recorded.by").entity(String.class).isEqualTo("migration");
    }
}
