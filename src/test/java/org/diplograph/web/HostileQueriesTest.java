package org.diplograph.web;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile requests GraphQL executes, which so can reach the database (filters at and past their limits, injection
 * strings, ids, cursors, keys on mutations, persisted queries by hash): run on both databases. Those refused before
 * anything runs are {@link EdgeRefusalsTest}'s.
 */
class HostileQueriesTest extends HostileRequestCheck {

    static Stream<Hostile> reachingTheDatabase() {
        return HostileCatalogue.reachingTheDatabase().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reachingTheDatabase")
    void isAnsweredExactlyOrRefusedCleanlyAndChangesNothing(Hostile hostile) throws Exception {
        isAnsweredAsExpectedAndChangesNothing(hostile);
    }

    @Test
    void likeWildcardsInANameFilterMatchOnlyThemselves() {
        for (String wildcard : List.of("%", "_", "%%", "!%")) {
            graphQl.document("query($s: String) { actors(filter: {name: $s}) { totalCount } }").variable("s", wildcard).execute()
                    .path("actors.totalCount").entity(Integer.class).isEqualTo(0);
        }
    }
}
