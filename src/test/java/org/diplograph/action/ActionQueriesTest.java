package org.diplograph.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Actions: CAMEO coding and intensity, negation, parties of both kinds, evidence, and the taxonomy itself. */
class ActionQueriesTest extends ApiTest {

    private static final String ALL_ACTIONS = """
            { actions(first: 50) { totalCount nodes {
                summary negated goldstein intensity quadClass details place
                eventCode { code name rootCode root { code name } quadClass goldstein }
                plover { type mode context }
                occurred { date precision basis wording }
                placeCountry { code }
                actors { __typename ... on Actor { slug } ... on Country { code } }
                recipients { __typename ... on Actor { slug } ... on Country { code } }
                affected { __typename ... on Actor { slug } ... on Country { code } }
                evidence { number }
                reportedIn { content }
                source { slug } } } }""";

    @Test
    void theFamilysArrivalInMexicoIsItsOwnDatedActionCitingTheSentenceThatDatesIt() {
        String arrival = "actions.nodes[?(@.summary =~ /.*arrived in Mexico.*/)]";
        graphQl.document(ALL_ACTIONS.replace("evidence { number }", "evidence { number text }")).execute()
                .path(arrival + ".eventCode.code").entityList(String.class).containsExactly("075")
                .path(arrival + ".occurred.date").entityList(String.class).containsExactly("2022-12-21")
                .path(arrival + ".occurred.basis").entityList(String.class).containsExactly("STATED")
                .path(arrival + ".occurred.wording").entityList(String.class).containsExactly("on Wednesday morning")
                .path(arrival + ".actors[*].slug").entityList(String.class).containsExactly("government-of-mexico")
                .path(arrival + ".recipients[*].slug").entityList(String.class)
                .containsExactly("lilia-paredes", "castillo-children")
                .path(arrival + ".evidence[0].text").entityList(String.class).satisfies(texts ->
                        org.assertj.core.api.Assertions.assertThat(texts).singleElement().asString()
                                .contains("who arrived in Mexico on Wednesday morning"));
    }

    @Test
    void thePersonaNonGrataDeclarationIsCodedWithItsDeadlineAndEvidence() {
        String png = "actions.nodes[?(@.summary == \"Peru declared Mexico's ambassador Pablo Monroy persona non grata\")]";
        graphQl.document(ALL_ACTIONS).execute()
                .path("actions.totalCount").entity(Integer.class).isEqualTo(20)
                .path(png + ".eventCode.code").entityList(String.class).containsExactly("174")
                .path(png + ".plover.mode").entityList(String.class).containsExactly("expel")
                .path(png + ".details").entityList(String.class).satisfies(details ->
                        assertThat(details).singleElement().asString().contains("72 hours to leave"))
                .path(png + ".occurred.wording").entityList(String.class).containsExactly("on Tuesday")
                .path(png + ".actors[*].slug").entityList(String.class).containsExactly("government-of-peru")
                .path(png + ".recipients[*].slug").entityList(String.class).containsExactly("pablo-monroy")
                .path(png + ".evidence[*].number").entityList(Integer.class).containsExactly(4, 5, 3)
                .path(png + ".source.slug").entityList(String.class).containsExactly("mexico-peru-2022-12-21");
    }

    @Test
    void aDecisionNotToActIsNegatedAndScoresZero() {
        String noBreak = "actions.nodes[?(@.summary == 'Mexico ruled out breaking diplomatic relations with Peru')]";
        graphQl.document(ALL_ACTIONS).execute()
                .path(noBreak + ".negated").entityList(Boolean.class).containsExactly(true)
                .path(noBreak + ".goldstein").entityList(Double.class).containsExactly(-4.0)
                .path(noBreak + ".intensity").entityList(Double.class).containsExactly(0.0)
                .path(noBreak + ".reportedIn.content").entityList(String.class)
                .containsExactly("has decided not to break relations");
    }

    @Test
    void partiesAreActorsOrCountriesAndAnUnstatedAgentIsLeftEmpty() {
        graphQl.document(ALL_ACTIONS).execute()
                .path("actions.nodes[?(@.summary == 'Chilean President Gabriel Boric made an official visit to Mexico')].recipients[0].code")
                .entityList(String.class).containsExactly("MX")
                .path("actions.nodes[?(@.summary == 'Castillo was impeached')].actors").entityList(Object.class)
                .satisfies(actors -> assertThat(actors).singleElement().asList().isEmpty())
                .path("actions.nodes[?(@.summary == 'Mexico recalled its ambassador Pablo Monroy from Peru')].affected[*].slug")
                .entityList(String.class).containsExactly("pablo-monroy");
    }

    @Test
    void anActionCarriesItsCodesQuadClassAndPlace() {
        String visit = "actions.nodes[?(@.summary == 'Chilean President Gabriel Boric made an official visit to Mexico')]";
        graphQl.document(ALL_ACTIONS).execute()
                .path(visit + ".eventCode.name").entityList(String.class).containsExactly("Make a visit")
                .path(visit + ".eventCode.root.name").entityList(String.class).containsExactly("CONSULT")
                .path(visit + ".quadClass").entityList(String.class).containsExactly("VERBAL_COOPERATION")
                .path(visit + ".place").entityList(String.class).containsExactly("National Palace, Mexico City")
                .path(visit + ".placeCountry.code").entityList(String.class).containsExactly("MX")
                .path(visit + ".occurred.date").entityList(String.class).containsExactly("2022-11-23");
    }

    @Test
    void theTaxonomyIsBrowsableByRootAndEachCodeListsItsActions() {
        graphQl.document("""
                        { eventCodes(rootCode: "17", first: 100) { totalCount nodes { code isRoot } }
                          eventCode(code: "173") { name quadClass goldstein isRoot root { code } actions { nodes { summary } } } }""")
                .execute()
                .path("eventCodes.totalCount").entity(Integer.class).isEqualTo(13)
                .path("eventCodes.nodes[0].isRoot").entity(Boolean.class).isEqualTo(true)
                .path("eventCode.name").entity(String.class).isEqualTo("Arrest, detain, or charge with legal action")
                .path("eventCode.quadClass").entity(String.class).isEqualTo("MATERIAL_CONFLICT")
                .path("eventCode.goldstein").entity(Double.class).isEqualTo(-5.0)
                .path("eventCode.actions.nodes[*].summary").entityList(String.class).containsExactly("Castillo was arrested");
        graphQl.document("{ eventCodes(first: 200) { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
    }

    @Test
    void unknownOrMalformedCodesAreRefusedClearly() {
        graphQl.document("{ eventCode(code: \"999\") { name } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND")));
        graphQl.document("{ eventCode(code: \"1x\") { name } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
        graphQl.document("{ eventCodes(rootCode: \"161\") { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("not a CAMEO root category")));
    }
}
