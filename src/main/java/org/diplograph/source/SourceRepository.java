package org.diplograph.source;

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
import org.diplograph.sql.schema.Tables;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Reads sources and their sentences. */
@Repository
public class SourceRepository {

    static final org.diplograph.sql.schema.tables.Source SOURCE = Tables.SOURCE;
    static final Field<Long> SOURCE_ID = SOURCE.ID;
    static final Field<String> SLUG = SOURCE.SLUG;
    static final Field<String> HEADLINE = SOURCE.HEADLINE;
    static final Field<String> HEADLINE_ORIGIN = SOURCE.HEADLINE_ORIGIN;
    static final Field<String> OUTLET = SOURCE.OUTLET;
    static final Field<String> PHOTO_CREDIT = SOURCE.PHOTO_CREDIT;
    static final Field<String> DATELINE = SOURCE.DATELINE;
    static final Field<String> URL = SOURCE.URL;
    static final Field<String> LANGUAGE = SOURCE.LANGUAGE;
    static final DateColumns PUBLISHED = new DateColumns(SOURCE.PUBLISHED_ON, SOURCE.PUBLISHED_PRECISION, SOURCE.PUBLISHED_BASIS,
            SOURCE.PUBLISHED_WORDING, null);
    static final Field<String> BODY = SOURCE.BODY;
    static final ProvenanceColumns PROVENANCE = new ProvenanceColumns(SOURCE.VERSION, SOURCE.CREATED_AT, SOURCE.CREATED_BY,
            SOURCE.UPDATED_AT, SOURCE.UPDATED_BY, SOURCE.RETRACTED_AT, SOURCE.RETRACTED_BY, SOURCE.RETRACTION_REASON);

    static final org.diplograph.sql.schema.tables.Sentence SENTENCE = Tables.SENTENCE;
    static final Field<Long> SENTENCE_ID = SENTENCE.ID;
    static final Field<Long> SENTENCE_SOURCE = SENTENCE.SOURCE_ID;
    static final Field<Integer> ORDINAL = SENTENCE.ORDINAL;
    static final Field<Integer> START = SENTENCE.START_OFFSET;
    static final Field<Integer> END = SENTENCE.END_OFFSET;
    static final Field<String> CONTENT = SENTENCE.CONTENT;

    private static final List<Field<?>> SOURCE_FIELDS = PROVENANCE.after(List.of(
            SOURCE_ID, SLUG, HEADLINE, HEADLINE_ORIGIN, OUTLET, PHOTO_CREDIT, DATELINE, URL, LANGUAGE, PUBLISHED.on(),
            PUBLISHED.precision(), PUBLISHED.basis(), PUBLISHED.wording(), BODY));
    private static final List<Field<?>> SENTENCE_FIELDS = List.of(SENTENCE_ID, SENTENCE_SOURCE, ORDINAL, START, END, CONTENT);

    private static final Ordering NEWEST_FIRST = Ordering.nullableFirst("source.published", true, PUBLISHED.on(), SOURCE_ID);
    private static final Ordering READING_ORDER = Ordering.of("sentence.number", false, ORDINAL);

    private final DSLContext dsl;
    private final KeysetPager pager;

    public SourceRepository(DSLContext dsl, KeysetPager pager) {
        this.dsl = dsl;
        this.pager = pager;
    }

    public Map<Long, Source> findSources(Collection<Long> keys) {
        return dsl.select(SOURCE_FIELDS).from(SOURCE).where(SOURCE_ID.in(keys))
                .fetch(SourceRepository::toSource).stream()
                .collect(Collectors.toMap(Source::key, Function.identity()));
    }

    public Optional<Source> findBySlug(String slug) {
        return dsl.select(SOURCE_FIELDS).from(SOURCE).where(SLUG.eq(slug)).fetchOptional(SourceRepository::toSource);
    }

    public Connection<Source> sources(boolean includeRetracted, PageRequest page, boolean withTotal) {
        return pager.page(KeysetPager.Query.root(SOURCE, SOURCE_FIELDS, PROVENANCE.liveUnless(includeRetracted),
                NEWEST_FIRST, SourceRepository::toSource), page, withTotal);
    }

    public Map<Long, Sentence> findSentences(Collection<Long> keys) {
        return dsl.select(SENTENCE_FIELDS).from(SENTENCE).where(SENTENCE_ID.in(keys))
                .fetch(SourceRepository::toSentence).stream()
                .collect(Collectors.toMap(Sentence::key, Function.identity()));
    }

    /** The sentences of several sources, in reading order, for paging them all at once. */
    public KeysetPager.Query<Long, Sentence> sentencesQuery(List<Long> sourceKeys) {
        return KeysetPager.Query.scopedBy(SENTENCE_SOURCE, SENTENCE, SENTENCE_FIELDS, DSL.noCondition(), sourceKeys,
                READING_ORDER, SourceRepository::toSentence);
    }

    public boolean slugTaken(String slug) {
        return dsl.fetchExists(SOURCE, SLUG.eq(slug));
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
            var insert = dsl.insertInto(SENTENCE, SENTENCE_SOURCE, ORDINAL, START, END, CONTENT);
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
                .set(SLUG, input.slug()).set(HEADLINE, input.headline()).set(HEADLINE_ORIGIN, origin.name())
                .set(OUTLET, input.outlet()).set(PHOTO_CREDIT, input.photoCredit()).set(DATELINE, input.dateline())
                .set(URL, input.url()).set(LANGUAGE, language)
                .set(PUBLISHED.values(published))
                .set(BODY, input.text())
                .set(PROVENANCE.createdAt(), change.at()).set(PROVENANCE.createdBy(), change.by())
                .returningResult(SOURCE_ID).fetchOne().value1();
    }

    /** The column values a correction sets, keyed by column. */
    static Map<Field<?>, Object> published(ReportedDate published) {
        return PUBLISHED.values(published);
    }

    static final FactTable FACTS =
            new FactTable(FactType.SOURCE, SOURCE, SOURCE_ID, PROVENANCE);

    private static Source toSource(Record row) {
        return new Source(row.get(SOURCE_ID), row.get(SLUG), row.get(HEADLINE),
                HeadlineOrigin.valueOf(row.get(HEADLINE_ORIGIN)), row.get(OUTLET), row.get(PHOTO_CREDIT),
                row.get(DATELINE), row.get(URL), row.get(LANGUAGE), PUBLISHED.read(row), row.get(BODY),
                PROVENANCE.read(row));
    }

    private static Sentence toSentence(Record row) {
        return new Sentence(row.get(SENTENCE_ID), row.get(SENTENCE_SOURCE), row.get(ORDINAL), row.get(START),
                row.get(END), row.get(CONTENT));
    }
}
