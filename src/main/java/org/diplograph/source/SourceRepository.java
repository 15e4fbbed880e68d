package org.diplograph.source;

import static org.diplograph.sql.schema.Tables.SENTENCE;
import static org.diplograph.sql.schema.Tables.SOURCE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.diplograph.date.ReportedDate;
import org.diplograph.fact.Change;
import org.diplograph.fact.FactTable;
import org.diplograph.fact.FactType;
import org.diplograph.fact.ProvenanceColumns;
import org.diplograph.graphql.Connection;
import org.diplograph.graphql.PageRequest;
import org.diplograph.sql.DateColumns;
import org.diplograph.sql.KeysetPager;
import org.diplograph.sql.Ordering;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Reads sources and their sentences. */
@Repository
public class SourceRepository {
    static final DateColumns PUBLISHED = DateColumns.of(SOURCE, "published");
    static final ProvenanceColumns PROVENANCE = ProvenanceColumns.of(SOURCE);

    private static final List<Field<?>> SOURCE_FIELDS = PROVENANCE.after(List.of(
            SOURCE.ID, SOURCE.SLUG, SOURCE.HEADLINE, SOURCE.HEADLINE_ORIGIN, SOURCE.OUTLET, SOURCE.PHOTO_CREDIT, SOURCE.DATELINE, SOURCE.URL, SOURCE.LANGUAGE, PUBLISHED.on(),
            PUBLISHED.precision(), PUBLISHED.basis(), PUBLISHED.wording(), SOURCE.BODY));
    private static final List<Field<?>> SENTENCE_FIELDS = List.of(SENTENCE.ID, SENTENCE.SOURCE_ID, SENTENCE.ORDINAL, SENTENCE.START_OFFSET, SENTENCE.END_OFFSET, SENTENCE.CONTENT);

    private static final Ordering NEWEST_FIRST = Ordering.nullableFirst("source.published", true, PUBLISHED.on(), SOURCE.ID);
    private static final Ordering READING_ORDER = Ordering.of("sentence.number", false, SENTENCE.ORDINAL);

    private final DSLContext dsl;
    private final KeysetPager pager;

    public SourceRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    public Map<Long, Source> findSources(Collection<Long> keys) {
        return dsl.select(SOURCE_FIELDS).from(SOURCE).where(SOURCE.ID.in(keys))
                .fetch(SourceRepository::toSource).stream()
                .collect(Collectors.toMap(Source::key, Function.identity()));
    }

    public Optional<Source> findBySlug(String slug) {
        return dsl.select(SOURCE_FIELDS).from(SOURCE).where(SOURCE.SLUG.eq(slug)).fetchOptional(SourceRepository::toSource);
    }

    public Connection<Source> sources(boolean includeRetracted, PageRequest page, boolean withTotal) {
        return pager.page(KeysetPager.Query.root(SOURCE, SOURCE_FIELDS, PROVENANCE.liveUnless(includeRetracted),
                NEWEST_FIRST, SourceRepository::toSource), page, withTotal);
    }

    public Map<Long, Sentence> findSentences(Collection<Long> keys) {
        return dsl.select(SENTENCE_FIELDS).from(SENTENCE).where(SENTENCE.ID.in(keys))
                .fetch(SourceRepository::toSentence).stream()
                .collect(Collectors.toMap(Sentence::key, Function.identity()));
    }

    /** The sentences of several sources, in reading order, for paging them all at once. */
    public KeysetPager.Query<Long, Sentence> sentencesQuery(List<Long> sourceKeys) {
        return KeysetPager.Query.scopedBy(SENTENCE.SOURCE_ID, SENTENCE, SENTENCE_FIELDS, DSL.noCondition(), sourceKeys,
                READING_ORDER, SourceRepository::toSentence);
    }

    public boolean slugTaken(String slug) {
        return dsl.fetchExists(SOURCE, SOURCE.SLUG.eq(slug));
    }

    /** Sentences per INSERT: a long text's sentences would otherwise exceed the databases' bind-parameter limits. */
    private static final int SENTENCES_PER_INSERT = 1_000;

    /**
     * Inserts a source and its sentences; returns the new source's key, or null when another write took the slug
     * since it was checked (its transaction must then roll back).
     */
    Long insert(RecordSourceInput input, HeadlineOrigin origin, String language, ReportedDate published,
                List<SentenceSplitter.Span> sentences, Change change) {
        Long key;
        try {
            key = insertSource(input, origin, language, published, change);
        } catch (DuplicateKeyException slugTaken) {
            return null;
        }
        for (int from = 0; from < sentences.size(); from += SENTENCES_PER_INSERT) {
            var insert = dsl.insertInto(SENTENCE, SENTENCE.SOURCE_ID, SENTENCE.ORDINAL, SENTENCE.START_OFFSET, SENTENCE.END_OFFSET, SENTENCE.CONTENT);
            for (int i = from; i < Math.min(sentences.size(), from + SENTENCES_PER_INSERT); i++) {
                SentenceSplitter.Span span = sentences.get(i);
                insert = insert.values(key, i + 1, span.start(), span.end(), span.text());
            }
            insert.execute();
        }
        return key;
    }

    private long insertSource(RecordSourceInput input, HeadlineOrigin origin, String language, ReportedDate published,
                              Change change) {
        return dsl.insertInto(SOURCE)
                .set(SOURCE.SLUG, input.slug()).set(SOURCE.HEADLINE, input.headline()).set(SOURCE.HEADLINE_ORIGIN, origin.name())
                .set(SOURCE.OUTLET, input.outlet()).set(SOURCE.PHOTO_CREDIT, input.photoCredit()).set(SOURCE.DATELINE, input.dateline())
                .set(SOURCE.URL, input.url()).set(SOURCE.LANGUAGE, language)
                .set(PUBLISHED.values(published))
                .set(SOURCE.BODY, input.text())
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(SOURCE.ID).fetchOne().value1();
    }

    /** The column values a correction sets, keyed by column. */
    static Map<Field<?>, Object> published(ReportedDate published) {
        return PUBLISHED.values(published);
    }

    static final FactTable FACTS =
            new FactTable(FactType.SOURCE, SOURCE, SOURCE.ID, PROVENANCE);

    private static Source toSource(Record row) {
        return new Source(row.get(SOURCE.ID), row.get(SOURCE.SLUG), row.get(SOURCE.HEADLINE),
                HeadlineOrigin.valueOf(row.get(SOURCE.HEADLINE_ORIGIN)), row.get(SOURCE.OUTLET), row.get(SOURCE.PHOTO_CREDIT),
                row.get(SOURCE.DATELINE), row.get(SOURCE.URL), row.get(SOURCE.LANGUAGE), PUBLISHED.read(row), row.get(SOURCE.BODY),
                PROVENANCE.read(row));
    }

    private static Sentence toSentence(Record row) {
        return new Sentence(row.get(SENTENCE.ID), row.get(SENTENCE.SOURCE_ID), row.get(SENTENCE.ORDINAL), row.get(SENTENCE.START_OFFSET),
                row.get(SENTENCE.END_OFFSET), row.get(SENTENCE.CONTENT));
    }
}
