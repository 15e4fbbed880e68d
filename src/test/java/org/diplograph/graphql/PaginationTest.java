package org.diplograph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.diplograph.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * Relay cursor connections: forward and backward pages meet exactly across page boundaries, including the boundary
 * between dated and undated entries; misuse of the paging arguments is a clear BAD_REQUEST.
 */
class PaginationTest extends ApiTest {


    private List<String> everything() {
        return graphQl.document("{ timeline(first: 100) { nodes { ... on Action { id } ... on Statement { id } } } }").execute()
                .path("timeline.nodes[*].id").entityList(String.class).get();
    }

    @Test
    void pagingForwardInSmallPagesVisitsEveryEntryOnceInOrder() {
        List<String> all = everything();
        assertThat(all).hasSize(32);
        for (int size : new int[] {1, 4, 7, 30, 31}) {
            List<String> seen = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                var response = graphQl.documentName("timelinePageForward").variable("first", size).variable("after", after).execute();
                seen.addAll(response.path("timeline.edges[*].node.id").entityList(String.class).get());
                more = response.path("timeline.pageInfo.hasNextPage").entity(Boolean.class).get();
                boolean hasPrevious = response.path("timeline.pageInfo.hasPreviousPage").entity(Boolean.class).get();
                assertThat(hasPrevious).isEqualTo(after != null);
                after = response.path("timeline.pageInfo.endCursor").entity(String.class).get();
            }
            assertThat(seen).as("page size %d", size).isEqualTo(all);
        }
    }

    @Test
    void pagingBackwardFromTheEndVisitsEveryEntryOnceInOrder() {
        List<String> all = everything();
        for (int size : new int[] {1, 5, 31}) {
            List<String> seen = new ArrayList<>();
            String before = null;
            boolean more = true;
            while (more) {
                var response = graphQl.documentName("timelinePageBackward").variable("last", size).variable("before", before).execute();
                List<String> page = new ArrayList<>(response.path("timeline.edges[*].node.id").entityList(String.class).get());
                Collections.reverse(page);
                seen.addAll(page);
                more = response.path("timeline.pageInfo.hasPreviousPage").entity(Boolean.class).get();
                before = response.path("timeline.pageInfo.startCursor").entity(String.class).get();
            }
            Collections.reverse(seen);
            assertThat(seen).as("page size %d", size).isEqualTo(all);
        }
    }

    @Test
    void aCursorResumesInEitherDirectionFromTheSameEdge() {
        List<String> all = everything();
        List<String> cursors = graphQl.documentName("timelinePageForward").variable("first", 31).execute()
                .path("timeline.edges[*].cursor").entityList(String.class).get();
        int middle = 20;
        graphQl.documentName("timelinePageForward").variable("first", 3).variable("after", cursors.get(middle)).execute()
                .path("timeline.edges[*].node.id").entityList(String.class).isEqualTo(all.subList(middle + 1, middle + 4));
        graphQl.documentName("timelinePageBackward").variable("last", 3).variable("before", cursors.get(middle)).execute()
                .path("timeline.edges[*].node.id").entityList(String.class).isEqualTo(all.subList(middle - 3, middle))
                .path("timeline.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void firstZeroReturnsNoEdgesButTellsWhetherAnyExist() {
        graphQl.document("{ actions(first: 0) { edges { cursor } totalCount pageInfo { hasNextPage startCursor } } }").execute()
                .path("actions.edges").entityList(Object.class).hasSize(0)
                .path("actions.totalCount").entity(Integer.class).isEqualTo(20)
                .path("actions.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("actions.pageInfo.startCursor").valueIsNull();
    }

    @Test
    void pageSizesDefaultToTwentyAndAreCappedAtAHundred() {
        graphQl.document("{ timeline { edges { cursor } } }").execute()
                .path("timeline.edges").entityList(Object.class).hasSize(20);
        graphQl.document("{ timeline(last: 101) { edges { cursor } } }").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getMessage()).isEqualTo(
                            "Requesting 101 records on the 'timeline' connection exceeds the 'last' limit of 100 records.");
                    assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("argument", "last");
                }));
    }

    @Test
    void contradictoryOrForeignPagingArgumentsAreRefused() {
        String actionCursor = graphQl.document("{ actions(first: 1) { pageInfo { endCursor } } }").execute()
                .path("actions.pageInfo.endCursor").entity(String.class).get();
        for (String document : List.of(
                "{ actions(first: 1, last: 1) { totalCount } }",
                "{ actions(first: -1) { totalCount } }",
                "{ actions(first: 2, before: \"x\") { totalCount } }",
                "{ actions(last: 2, after: \"x\") { totalCount } }",
                "{ actions(after: \"x\", before: \"y\") { totalCount } }",
                "{ actions(after: \"%%%%\") { totalCount } }",
                "{ countries(after: \"" + actionCursor + "\") { totalCount } }")) {
            graphQl.document(document).execute()
                    .errors().satisfy(errors -> assertThat(errors).as(document).singleElement().satisfies(error ->
                            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
        }
    }
}
