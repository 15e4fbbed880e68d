package org.diplograph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The bilateral view derives where Mexico–Peru relations stand from the events between them. */
class RelationQueryTest extends ApiTest {

    @Test
    void mexicoAndPeruKeepTiesAfterAnExpulsionAndARecall() {
        graphQl.document("""
                        { relation(between: ["MX", "PE"]) {
                            countries { code }
                            summary {
                              diplomaticTies
                              tiesDecidedBy { summary negated occurred { date } }
                              envoysExpelled { summary occurred { date } }
                              envoysRecalled { summary occurred { precision } }
                              eventCount cooperationCount conflictCount totalIntensity meanIntensity
                              firstEventOn lastEventOn standing } } }""")
                .execute()
                .path("relation.countries[*].code").entityList(String.class).containsExactly("MX", "PE")
                .path("relation.summary.diplomaticTies").entity(String.class).isEqualTo("MAINTAINED")
                .path("relation.summary.tiesDecidedBy.summary").entity(String.class)
                .isEqualTo("Mexico ruled out breaking diplomatic relations with Peru")
                .path("relation.summary.tiesDecidedBy.negated").entity(Boolean.class).isEqualTo(true)
                .path("relation.summary.envoysExpelled[*].summary").entityList(String.class)
                .containsExactly("Peru declared Mexico's ambassador Pablo Monroy persona non grata")
                .path("relation.summary.envoysExpelled[0].occurred.date").entity(String.class).isEqualTo("2022-12-20")
                .path("relation.summary.envoysRecalled[*].summary").entityList(String.class)
                .containsExactly("Mexico recalled its ambassador Pablo Monroy from Peru")
                .path("relation.summary.envoysRecalled[0].occurred.precision").entity(String.class).isEqualTo("UNKNOWN")
                .path("relation.summary.eventCount").entity(Integer.class).isEqualTo(11)
                .path("relation.summary.cooperationCount").entity(Integer.class).isEqualTo(4)
                .path("relation.summary.conflictCount").entity(Integer.class).isEqualTo(5)
                .path("relation.summary.totalIntensity").entity(Double.class).satisfies(total -> assertThat(total).isCloseTo(5.9, org.assertj.core.data.Offset.offset(1e-9)))
                .path("relation.summary.firstEventOn").entity(String.class).isEqualTo("2022-12-20")
                .path("relation.summary.lastEventOn").entity(String.class).isEqualTo("2022-12-21")
                .path("relation.summary.standing").entity(String.class).satisfies(standing -> assertThat(standing)
                        .startsWith("Diplomatic ties between Mexico and Peru are maintained")
                        .contains("Pablo Monroy persona non grata (2022-12-20)"));
    }

    @Test
    void eventsBetweenTheTwoComeInDateOrderWithUndatedLast() {
        List<String> dates = graphQl.document("""
                        { relation(between: ["PER", "mex"]) { events(first: 100) { totalCount nodes { occurred { date } } } } }""")
                .execute()
                .path("relation.events.totalCount").entity(Integer.class).isEqualTo(11)
                .path("relation.events.nodes[*].occurred.date").entityList(String.class).get();
        List<String> dated = dates.stream().filter(java.util.Objects::nonNull).toList();
        assertThat(dated).isSorted().hasSize(8);
        assertThat(dates.subList(0, dated.size())).isEqualTo(dated);
    }

    @Test
    void theOrderOfTheTwoCodesDoesNotChangeTheEvents() {
        List<String> one = graphQl.document("{ relation(between: [\"MX\", \"PE\"]) { events(first: 50) { nodes { id } } } }")
                .execute().path("relation.events.nodes[*].id").entityList(String.class).get();
        List<String> other = graphQl.document("{ relation(between: [\"PE\", \"MX\"]) { events(first: 50) { nodes { id } } } }")
                .execute().path("relation.events.nodes[*].id").entityList(String.class).get();
        assertThat(one).isEqualTo(other);
    }

    @Test
    void aCountryPairWithoutEventsReportsNoChange() {
        graphQl.document("{ relation(between: [\"AR\", \"CL\"]) { summary { diplomaticTies eventCount meanIntensity standing } events { totalCount } } }")
                .execute()
                .path("relation.summary.diplomaticTies").entity(String.class).isEqualTo("NO_CHANGE_REPORTED")
                .path("relation.summary.eventCount").entity(Integer.class).isEqualTo(0)
                .path("relation.summary.meanIntensity").valueIsNull()
                .path("relation.summary.standing").entity(String.class).isEqualTo("No events between Argentina and Chile are recorded.")
                .path("relation.events.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void aCountrysRelationWithAnotherIsTheSameView() {
        graphQl.document("{ country(code: \"PE\") { relationWith(country: \"MX\") { countries { code } summary { diplomaticTies eventCount } } } }")
                .execute()
                .path("country.relationWith.countries[*].code").entityList(String.class).containsExactly("PE", "MX")
                .path("country.relationWith.summary.diplomaticTies").entity(String.class).isEqualTo("MAINTAINED")
                .path("country.relationWith.summary.eventCount").entity(Integer.class).isEqualTo(11);
    }

    @Test
    void anythingButTwoDifferentKnownCountriesIsRefusedClearly() {
        graphQl.document("{ relation(between: [\"MX\"]) { summary { eventCount } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("exactly two country codes");
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                }));
        graphQl.document("{ relation(between: [\"MX\", \"MEX\"]) { summary { eventCount } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).contains("two different countries");
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
                }));
        graphQl.document("{ relation(between: [\"MX\", \"ZZ\"]) { summary { eventCount } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND")));
    }
}
