package org.diplograph.sql;

import static org.diplograph.sql.schema.Tables.PERSISTED_QUERY;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Automatic persisted queries, kept in the database so that a document registered through one instance is found by
 * every other. The store is bounded by {@link PersistedQueriesProperties}: past either bound, the documents used least
 * recently are removed (their clients register them again, as the protocol provides). Only documents a request has
 * already proved valid and within every limit are registered (the GraphQL layer registers after admission).
 */
@Repository
public class PersistedQueries {

    /** How stale a document's last use may be before a use refreshes it: one write per document per interval. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(10);

    private record StoredDocument(String document, OffsetDateTime touchedAt) {
    }

    private final DSLContext dsl;
    private final PersistedQueriesProperties bounds;
    private final Cache<String, StoredDocument> known;

    PersistedQueries(DSLContext dsl, PersistedQueriesProperties bounds) {
        this.dsl = dsl;
        this.bounds = bounds;
        // This instance remembers at most what the store may hold, weighed by characters.
        this.known = Caffeine.newBuilder().maximumWeight(bounds.maxCharacters())
                .weigher((String hash, StoredDocument entry) -> hash.length() + entry.document().length()).build();
    }

    /** The document registered under this SHA-256 hash (lower-case hex), if any instance registered it. */
    public Optional<String> find(String sha256Hash) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StoredDocument cached = known.getIfPresent(sha256Hash);
        if (cached != null) {
            if (cached.touchedAt().isBefore(now.minus(TOUCH_EVERY))) {
                known.put(sha256Hash, new StoredDocument(cached.document(), now));
                touch(sha256Hash, now);
            }
            return Optional.of(cached.document());
        }
        Optional<String> stored = dsl.select(PERSISTED_QUERY.DOCUMENT).from(PERSISTED_QUERY)
                .where(PERSISTED_QUERY.SHA256_HASH.eq(sha256Hash)).fetchOptional(PERSISTED_QUERY.DOCUMENT);
        stored.ifPresent(document -> {
            known.put(sha256Hash, new StoredDocument(document, now));
            touch(sha256Hash, now);
        });
        return stored;
    }

    /**
     * Registers a document under its hash (which the caller has checked); registering it again changes nothing. When
     * the store then holds more than its bounds allow, the least recently used documents go.
     */
    public void register(String sha256Hash, String document) {
        if (known.getIfPresent(sha256Hash) != null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ReplicaReads.onPrimary(() -> {
            int added = dsl.insertInto(PERSISTED_QUERY)
                    .set(PERSISTED_QUERY.SHA256_HASH, sha256Hash)
                    .set(PERSISTED_QUERY.DOCUMENT, document)
                    .set(PERSISTED_QUERY.REGISTERED_AT, now)
                    .set(PERSISTED_QUERY.LAST_USED_AT, now)
                    .set(PERSISTED_QUERY.CHARACTERS, document.length())
                    .onConflictDoNothing().execute();
            if (added > 0) {
                evictBeyondBounds();
            }
            return added;
        });
        known.put(sha256Hash, new StoredDocument(document, now));
    }

    private void touch(String sha256Hash, OffsetDateTime now) {
        ReplicaReads.onPrimary(() -> dsl.update(PERSISTED_QUERY).set(PERSISTED_QUERY.LAST_USED_AT, now)
                .where(PERSISTED_QUERY.SHA256_HASH.eq(sha256Hash)).execute());
    }

    /** How many documents the store holds, and their characters together. */
    public record StoreSize(long documents, long characters) {
    }

    public StoreSize size() {
        Record2<Integer, BigDecimal> totals = dsl.select(DSL.count(), DSL.sum(PERSISTED_QUERY.CHARACTERS))
                .from(PERSISTED_QUERY).fetchOne();
        return new StoreSize(totals.value1(), totals.value2() == null ? 0 : totals.value2().longValue());
    }

    private void evictBeyondBounds() {
        StoreSize size = size();
        if (size.documents() <= bounds.maxCount() && size.characters() <= bounds.maxCharacters()) {
            return;
        }
        List<String> evicted = new ArrayList<>();
        long count = 0;
        long characters = 0;
        for (Record2<String, Integer> row : dsl.select(PERSISTED_QUERY.SHA256_HASH, PERSISTED_QUERY.CHARACTERS)
                .from(PERSISTED_QUERY).orderBy(PERSISTED_QUERY.LAST_USED_AT.desc(), PERSISTED_QUERY.REGISTERED_AT.desc())
                .fetch()) {
            count++;
            characters += row.value2();
            if (count > bounds.maxCount() || characters > bounds.maxCharacters()) {
                evicted.add(row.value1());
            }
        }
        dsl.deleteFrom(PERSISTED_QUERY).where(PERSISTED_QUERY.SHA256_HASH.in(evicted)).execute();
        known.invalidateAll(evicted);
    }
}
