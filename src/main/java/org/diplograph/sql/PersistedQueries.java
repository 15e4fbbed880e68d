package org.diplograph.sql;

import static org.diplograph.sql.schema.Tables.PERSISTED_QUERY;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Automatic persisted queries, kept in the database so that a document registered through one instance is found by
 * every other. A hash names one document forever, so a document once found is remembered here and never re-read.
 */
@Repository
public class PersistedQueries {

    private final DSLContext dsl;
    private final Cache<String, String> known = Caffeine.newBuilder().maximumSize(10_000).build();

    PersistedQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The document registered under this SHA-256 hash (lower-case hex), if any instance registered it. */
    public Optional<String> find(String sha256Hash) {
        String cached = known.getIfPresent(sha256Hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> stored = dsl.select(PERSISTED_QUERY.DOCUMENT).from(PERSISTED_QUERY)
                .where(PERSISTED_QUERY.SHA256_HASH.eq(sha256Hash)).fetchOptional(PERSISTED_QUERY.DOCUMENT);
        stored.ifPresent(document -> known.put(sha256Hash, document));
        return stored;
    }

    /** Registers a document under its hash (which the caller has checked); registering it again changes nothing. */
    public void register(String sha256Hash, String document) {
        if (known.getIfPresent(sha256Hash) != null) {
            return;
        }
        dsl.insertInto(PERSISTED_QUERY)
                .set(PERSISTED_QUERY.SHA256_HASH, sha256Hash)
                .set(PERSISTED_QUERY.DOCUMENT, document)
                .set(PERSISTED_QUERY.REGISTERED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .onConflictDoNothing().execute();
        known.put(sha256Hash, document);
    }
}
