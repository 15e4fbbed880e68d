package org.diplograph.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.diplograph.support.WriteTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The persisted-query store holds at most its bounds, by count and by characters, for every instance together: past
 * either, the documents used least recently go, and a document in use stays.
 */
class PersistedQueryStoreTest extends WriteTest {

    @Autowired
    private DSLContext dsl;

    private static String hash(int n) {
        return "%064x".formatted(n);
    }

    @Test
    void pastItsCountTheLeastRecentlyUsedDocumentsGoAndADocumentInUseStays() throws Exception {
        PersistedQueries store = new PersistedQueries(dsl, new PersistedQueriesProperties(3, 1_000_000));
        store.register(hash(1), "{ one: __typename }");
        Thread.sleep(5);
        store.register(hash(2), "{ two: __typename }");
        Thread.sleep(5);
        store.register(hash(3), "{ three: __typename }");
        // A fresh instance (as another server would be) reads the first document from the database: a use.
        Thread.sleep(5);
        assertThat(new PersistedQueries(dsl, new PersistedQueriesProperties(3, 1_000_000)).find(hash(1))).isPresent();
        Thread.sleep(5);
        store.register(hash(4), "{ four: __typename }");
        store.register(hash(5), "{ five: __typename }");

        assertThat(store.size().documents()).isEqualTo(3);
        PersistedQueries another = new PersistedQueries(dsl, new PersistedQueriesProperties(3, 1_000_000));
        assertThat(another.find(hash(1))).as("used since it was registered").isPresent();
        assertThat(another.find(hash(2))).isEmpty();
        assertThat(another.find(hash(3))).isEmpty();
        assertThat(another.find(hash(4))).isPresent();
        assertThat(another.find(hash(5))).isPresent();
    }

    @Test
    void pastItsCharactersTheStoreShrinksToFitThem() {
        PersistedQueries store = new PersistedQueries(dsl, new PersistedQueriesProperties(1_000, 2_500));
        for (int n = 10; n < 20; n++) {
            store.register(hash(n), "{ __typename }\n#" + "x".repeat(1_000));
        }
        PersistedQueries.StoreSize size = store.size();
        assertThat(size.characters()).isLessThanOrEqualTo(2_500);
        assertThat(size.documents()).isEqualTo(2);
    }
}
