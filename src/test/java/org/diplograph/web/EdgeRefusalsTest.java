package org.diplograph.web;

import java.util.stream.Stream;

import org.diplograph.support.DatabaseIndependent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile requests refused before any GraphQL runs (document limits, malformed JSON, batches, wrong methods, media
 * types and keys, oversized bodies), through every transport that can carry them: they never reach the database, so
 * they run once. Those GraphQL executes are {@link HostileQueriesTest}'s.
 */
@DatabaseIndependent
class EdgeRefusalsTest extends HostileRequestCheck {

    static Stream<Hostile> refusedBeforeTheDatabase() {
        return HostileCatalogue.refusedBeforeTheDatabase().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBeforeTheDatabase")
    void isRefusedCleanlyAndChangesNothing(Hostile hostile) throws Exception {
        isAnsweredAsExpectedAndChangesNothing(hostile);
    }
}
