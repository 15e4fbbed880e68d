package org.diplograph.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Actors: look-up, list, aliases, roles with dates, ties in both directions, and what they said and did. */
class ActorQueriesTest extends ApiTest {

    @Test
    void anActorCarriesItsCountryAliasesAndFirstMention() {
        graphQl.document("""
                        { actor(slug: "andres-manuel-lopez-obrador") {
                            name isNamed kind description country { code }
                            aliases { text evidence { number } }
                            firstMention { number } } }""")
                .execute()
                .path("actor.name").entity(String.class).isEqualTo("Andres Manuel Lopez Obrador")
                .path("actor.isNamed").entity(Boolean.class).isEqualTo(true)
                .path("actor.kind").entity(String.class).isEqualTo("PERSON")
                .path("actor.country.code").entity(String.class).isEqualTo("MX")
                .path("actor.aliases[*].text").entityList(String.class).containsExactly("Lopez Obrador", "the president")
                .path("actor.firstMention.number").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void castillosPresidencyEndsOnTheSeventhOfDecember() {
        graphQl.document("""
                        { actor(slug: "pedro-castillo") { roles {
                            title country { code } organization { name }
                            started { date precision basis }
                            ended { date precision basis wording evidence { number } }
                            evidence { number } } } }""")
                .execute()
                .path("actor.roles[0].title").entity(String.class).isEqualTo("President of Peru")
                .path("actor.roles[0].started.precision").entity(String.class).isEqualTo("UNKNOWN")
                .path("actor.roles[0].started.date").valueIsNull()
                .path("actor.roles[0].ended.date").entity(String.class).isEqualTo("2022-12-07")
                .path("actor.roles[0].ended.basis").entity(String.class).isEqualTo("STATED")
                .path("actor.roles[0].ended.evidence.number").entity(Integer.class).isEqualTo(17)
                .path("actor.roles[0].organization.name").entity(String.class).isEqualTo("Government of Peru");
    }

    @Test
    void monroyIsMexicosAmbassadorToPeru() {
        graphQl.document("""
                        { actor(slug: "pablo-monroy") {
                            roles { title accreditedTo { code } country { code } }
                            ties { kind actor { slug } relatedActor { slug } evidence { number } } } }""")
                .execute()
                .path("actor.roles[0].title").entity(String.class).isEqualTo("Ambassador of Mexico to Peru")
                .path("actor.roles[0].accreditedTo.code").entity(String.class).isEqualTo("PE")
                .path("actor.roles[0].country.code").entity(String.class).isEqualTo("MX")
                .path("actor.ties[*].kind").entityList(String.class).containsExactly("REPRESENTS", "ACCREDITED_TO")
                .path("actor.ties[*].relatedActor.slug").entityList(String.class)
                .containsExactly("government-of-mexico", "government-of-peru");
    }

    @Test
    void aTieReadsCorrectlyFromEitherEnd() {
        assertThat(tieEnds("government-of-mexico")).containsExactlyInAnyOrder("INCOMING REPRESENTS pablo-monroy",
                "INCOMING PART_OF mexican-foreign-ministry", "INCOMING PART_OF mexican-mission-in-lima",
                "OUTGOING SUPPORTS pedro-castillo");
        assertThat(tieEnds("pablo-monroy")).containsExactly("OUTGOING REPRESENTS government-of-mexico",
                "OUTGOING ACCREDITED_TO government-of-peru");
        assertThat(tieEnds("lilia-paredes")).containsExactlyInAnyOrder("OUTGOING SPOUSE_OF pedro-castillo",
                "OUTGOING MEMBER_OF castillo-family", "INCOMING CHILD_OF castillo-children");
    }

    /** "DIRECTION KIND other-actor" for each tie end of the actor. */
    private List<String> tieEnds(String slug) {
        GraphQlTester.Response response = graphQl.document(
                "query($slug: String!) { actor(slug: $slug) { tieEnds { direction tie { kind } otherActor { slug } } } }")
                .variable("slug", slug).execute();
        List<String> directions = response.path("actor.tieEnds[*].direction").entityList(String.class).get();
        List<String> kinds = response.path("actor.tieEnds[*].tie.kind").entityList(String.class).get();
        List<String> others = response.path("actor.tieEnds[*].otherActor.slug").entityList(String.class).get();
        List<String> ends = new java.util.ArrayList<>();
        for (int i = 0; i < directions.size(); i++) {
            ends.add(directions.get(i) + " " + kinds.get(i) + " " + others.get(i));
        }
        return ends;
    }

    @Test
    void tiesAreListedFromBothSides() {
        graphQl.document("{ actor(slug: \"pedro-castillo\") { ties { kind actor { slug } relatedActor { slug } } } }")
                .execute()
                .path("actor.ties[?(@.kind == 'SPOUSE_OF')].actor.slug").entityList(String.class).containsExactly("lilia-paredes")
                .path("actor.ties[?(@.kind == 'CHILD_OF')].actor.slug").entityList(String.class)
                .containsExactly("castillo-children")
                .path("actor.ties[?(@.kind == 'SUPPORTS')].actor.slug").entityList(String.class)
                .contains("andres-manuel-lopez-obrador", "leftist-leader-of-bolivia");
    }

    @Test
    void unnamedActorsAreDescribedAndCounted() {
        graphQl.document("{ actor(slug: \"castillo-children\") { name isNamed description memberCount kind } }").execute()
                .path("actor.name").valueIsNull()
                .path("actor.isNamed").entity(Boolean.class).isEqualTo(false)
                .path("actor.memberCount").entity(Integer.class).isEqualTo(2)
                .path("actor.description").entity(String.class).satisfies(d -> assertThat(d).contains("two children"));
    }

    @Test
    void anActorLinksToWhatItSaidWhatWasSaidAboutItAndWhatItDid() {
        graphQl.document("""
                        { actor(slug: "marcelo-ebrard") {
                            statements { totalCount nodes { content said { date } } }
                            actions(as: ACTOR) { nodes { summary } } } }""")
                .execute()
                .path("actor.statements.totalCount").entity(Integer.class).isEqualTo(1)
                .path("actor.statements.nodes[0].content").entity(String.class).isEqualTo("unfounded and reprehensible")
                .path("actor.statements.nodes[0].said.date").entity(String.class).isEqualTo("2022-12-20")
                .path("actor.actions.nodes[*].summary").entityList(String.class)
                .containsExactly("Mexican Foreign Minister Marcelo Ebrard called Peru's decision unfounded and reprehensible");
        graphQl.document("{ actor(slug: \"pedro-castillo\") { statementsAbout { nodes { content } } actions(as: RECIPIENT, first: 50) { totalCount } } }")
                .execute()
                .path("actor.statementsAbout.nodes[*].content").entityList(String.class)
                .containsExactly("Castillo was the legitimately elected president of Peru")
                .path("actor.actions.totalCount").entity(Integer.class).isEqualTo(7);
    }

    @Test
    void actorsAreListedByNameAndAnUnknownSlugIsNotFound() {
        graphQl.document("{ actors(first: 3) { totalCount nodes { slug } } }").execute()
                .path("actors.totalCount").entity(Integer.class).isEqualTo(21)
                .path("actors.nodes[0].slug").entity(String.class).isEqualTo("andres-manuel-lopez-obrador");
        graphQl.document("{ actor(slug: \"nobody\") { name } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND")));
    }
}
