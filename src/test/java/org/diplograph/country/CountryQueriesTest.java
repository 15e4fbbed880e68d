package org.diplograph.country;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Countries: look-up by either ISO code, the list, aliases with evidence, and links to actors, actions, statements. */
class CountryQueriesTest extends ApiTest {

    @Test
    void aCountryIsFoundByAlpha2OrAlpha3InAnyCase() {
        for (String code : new String[] {"PE", "per", "Per"}) {
            graphQl.document("query($code: String!) { country(code: $code) { code alpha3 name } }")
                    .variable("code", code).execute()
                    .path("country.code").entity(String.class).isEqualTo("PE")
                    .path("country.alpha3").entity(String.class).isEqualTo("PER")
                    .path("country.name").entity(String.class).isEqualTo("Peru");
        }
    }

    @Test
    void countriesAreListedByNameWithTheirCount() {
        graphQl.document("{ countries(first: 5) { totalCount nodes { code name } } }").execute()
                .path("countries.totalCount").entity(Integer.class).isEqualTo(250)
                .path("countries.nodes[*].name").entityList(String.class)
                .containsExactly("Afghanistan", "Albania", "Algeria", "American Samoa", "Andorra");
    }

    @Test
    void aliasesAreTheOtherWaysTheArticleNamesACountryWithTheirSentence() {
        graphQl.document("{ country(code: \"PE\") { aliases { text kind evidence { number text } } } }").execute()
                .path("country.aliases[*].text").entityList(String.class).containsExactly("the Andean country", "Lima")
                .path("country.aliases[*].kind").entityList(String.class).containsExactly("EPITHET", "CAPITAL")
                .path("country.aliases[0].evidence.number").entity(Integer.class).isEqualTo(3)
                .path("country.aliases[1].evidence.text").entity(String.class).satisfies(text -> assertThat(text).contains("Lima"));
        graphQl.document("{ country(code: \"MX\") { aliases { text } } }").execute()
                .path("country.aliases[*].text").entityList(String.class)
                .contains("the North American nation", "Mexico City", "Mexican");
    }

    @Test
    void aCountryLinksToItsActorsAndTheActionsItTookAndReceived() {
        graphQl.document("""
                        { country(code: "MX") {
                            actors(first: 100) { totalCount nodes { slug country { code } } }
                            taken: actions(as: ACTOR, first: 100) { totalCount nodes { summary } }
                            received: actions(as: RECIPIENT, first: 100) { totalCount nodes { summary } }
                            all: actions(first: 100) { totalCount }
                            statementsAbout(first: 100) { totalCount nodes { content } } } }""")
                .execute()
                .path("country.actors.nodes[*].slug").entityList(String.class)
                .contains("andres-manuel-lopez-obrador", "pablo-monroy", "marcelo-ebrard", "government-of-mexico")
                .path("country.actors.nodes[*].country.code").entityList(String.class).satisfies(codes ->
                        assertThat(codes).containsOnly("MX"))
                .path("country.taken.nodes[*].summary").entityList(String.class)
                .contains("Mexico recalled its ambassador Pablo Monroy from Peru", "Mexico offered asylum to Castillo's family")
                .doesNotContain("Peru declared Mexico's ambassador Pablo Monroy persona non grata")
                .path("country.received.nodes[*].summary").entityList(String.class)
                .containsExactly("Chilean President Gabriel Boric made an official visit to Mexico",
                        "Peru declared Mexico's ambassador Pablo Monroy persona non grata")
                .path("country.statementsAbout.nodes[*].content").entityList(String.class)
                .contains("in order to ensure his safety");
    }

    @Test
    void anUnknownCodeIsNotFoundAndAMalformedOneIsABadRequest() {
        graphQl.document("{ country(code: \"ZZ\") { name } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo("Could not resolve to a Country with the code 'ZZ'.");
                    assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND");
                }))
                .path("country").valueIsNull();
        graphQl.document("{ country(code: \"M1\") { name } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")
                                .containsEntry("argument", "code")));
    }
}
