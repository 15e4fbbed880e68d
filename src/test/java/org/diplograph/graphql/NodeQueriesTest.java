package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.diplograph.graphql.node.GlobalId;
import org.diplograph.graphql.node.NodeType;
import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Relay global ids: every entity refetches through node(id:) and nodes(ids:); bad ids are refused clearly. */
class NodeQueriesTest extends ApiTest {

    @Test
    void everyKindOfEntityRefetchesByItsGlobalId() {
        List<String> ids = graphQl.document("""
                        { country(code: "PE") { id }
                          actor(slug: "pedro-castillo") { id roles { id } ties { id } }
                          source(slug: "mexico-peru-2022-12-21") { id sentences(first: 1) { nodes { id } } }
                          statements(first: 1) { nodes { id } }
                          actions(first: 1) { nodes { id } }
                          eventCode(code: "0211") { id } }""")
                .execute()
                .path("$..id").entityList(String.class).get();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(9).doesNotHaveDuplicates();
        graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }").variable("ids", ids).execute()
                .path("nodes[*].id").entityList(String.class).isEqualTo(ids)
                .path("nodes[*].__typename").entityList(String.class)
                .contains("Country", "Actor", "ActorRole", "ActorTie", "Source", "Sentence", "Statement", "Action", "EventCode");
        for (String id : ids) {
            graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).execute()
                    .path("node.id").entity(String.class).isEqualTo(id);
        }
    }

    @Test
    void idsAreOpaqueAndStable() {
        graphQl.document("{ country(code: \"MX\") { id } }").execute()
                .path("country.id").entity(String.class).satisfies(id -> assertThat(id).doesNotContain("MX").matches("[A-Za-z0-9_-]+"));
    }

    @Test
    void aWellFormedIdOfNothingIsNotFoundAndMalformedIdsAreBadRequests() {
        String missingActor = GlobalId.encode(NodeType.ACTOR, 999_999);
        graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", missingActor).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND");
                    assertThat(error.getMessage()).contains(missingActor);
                }))
                .path("node").valueIsNull();
        for (String bad : List.of("not-an-id", "", "QWN0b3I6", "Rm9vOjE", "QWN0b3I6LTE", "QWN0b3I6YWJj")) {
            graphQl.document("query($id: ID!) { node(id: $id) { id } }").variable("id", bad).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
        }
    }

    @Test
    void nodesKeepsOrderAndMarksEachMissingEntry() {
        String peru = graphQl.document("{ country(code: \"PE\") { id } }").execute().path("country.id").entity(String.class).get();
        String missing = GlobalId.encode(NodeType.STATEMENT, 424242);
        graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }").variable("ids", List.of(missing, peru)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getPath()).isEqualTo("nodes[0]");
                    assertThat(error.getExtensions()).containsEntry("classification", "NOT_FOUND");
                }))
                .path("nodes[0]").valueIsNull()
                .path("nodes[1].id").entity(String.class).isEqualTo(peru);
    }

    @Test
    void nodesRefusesMoreThanAHundredIds() {
        String peru = graphQl.document("{ country(code: \"PE\") { id } }").execute().path("country.id").entity(String.class).get();
        graphQl.document("query($ids: [ID!]!) { nodes(ids: $ids) { id } }")
                .variable("ids", java.util.Collections.nCopies(101, peru)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error ->
                        assertThat(error.getMessage()).contains("at most 100 ids")));
    }
}
